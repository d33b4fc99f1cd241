package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * asyncio's TaskQueue (the pairing heap) against a model: random pushes, removals (also of tasks not queued) and
 * pops, seeded. The heap is stable, as py/pairheap.c states: tasks come out by key, equal keys in the order they
 * were pushed; that is what makes same-tick tasks run in creation order on MicroPython.
 */
class TaskQueueModelTest {
    private static final String SCRIPT = """
        import random
        from asyncio.task import TaskQueue, Task
        random.seed(%d)
        q = TaskQueue()
        model = []  # (key, push number, task)
        pushes = 0
        tasks = [Task(None) for _ in range(12)]
        for step in range(400):
            op = random.randrange(10)
            if op < 5:
                free = [t for t in tasks if all(m[2] is not t for m in model)]
                if free:
                    t = free[random.randrange(len(free))]
                    key = random.randrange(4)
                    q.push(t, key)
                    pushes += 1
                    model.append((key, pushes, t))
            elif op < 7:
                t = tasks[random.randrange(len(tasks))]
                q.remove(t)
                model = [m for m in model if m[2] is not t]
            elif model:
                model.sort(key=lambda m: (m[0], m[1]))
                want = model.pop(0)
                got = q.pop()
                if got is not want[2]:
                    print("step", step, "popped the wrong task")
                    raise SystemExit(1)
            head = q.peek()
            if (head is None) != (not model):
                print("step", step, "peek disagrees")
                raise SystemExit(1)
        print("ok", pushes > 100)
        """;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void popsByKeyThenPushOrder(int seed) {
        assertEquals("ok True\n[exit 0]", ScriptRunner.run(String.format(SCRIPT, seed)));
    }
}
