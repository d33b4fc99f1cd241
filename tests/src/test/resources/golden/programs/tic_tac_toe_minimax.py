# Tic-tac-toe with a minimax player (alpha-beta pruning) against a scripted opponent, plus board analysis.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return None

def show(b):
    rows = [" %s | %s | %s " % tuple(b[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---+---+---\n".join(rows))

nodes = 0

def minimax(b, player, alpha, beta):
    global nodes
    nodes += 1
    w = winner(b)
    if w == "X":
        return 10, None
    if w == "O":
        return -10, None
    free = [i for i in range(9) if b[i] == " "]
    if not free:
        return 0, None
    best_move = None
    if player == "X":
        best = -100
        for m in free:
            b[m] = "X"
            score, _ = minimax(b, "O", alpha, beta)
            b[m] = " "
            score -= 0 if score <= 0 else 1  # prefer faster wins
            if score > best:
                best, best_move = score, m
            alpha = max(alpha, best)
            if alpha >= beta:
                break
    else:
        best = 100
        for m in free:
            b[m] = "O"
            score, _ = minimax(b, "X", alpha, beta)
            b[m] = " "
            if score < best:
                best, best_move = score, m
            beta = min(beta, best)
            if alpha >= beta:
                break
    return best, best_move

def play(opponent_moves):
    global nodes
    b = [" "] * 9
    turn = "X"
    script = list(opponent_moves)
    moves = []
    while winner(b) is None and " " in b:
        if turn == "X":
            nodes = 0
            score, m = minimax(b, "X", -100, 100)
            moves.append("X%d(%d nodes, score %d)" % (m, nodes, score))
        else:
            m = next(x for x in script if b[x] == " ") if script else b.index(" ")
            if m in script:
                script.remove(m)
            moves.append("O%d" % m)
        b[m] = turn
        turn = "O" if turn == "X" else "X"
    return b, moves

for opp in ([4, 8, 2, 3], [0, 2, 6, 7], [1, 3, 5, 7]):
    board, moves = play(opp)
    print("opponent plan", opp)
    print(" ".join(moves))
    show(board)
    print("result:", winner(board) or "draw")
    print()

b = list("XO XO    ")
print("threat analysis:", [i for i in range(9) if b[i] == " " and winner(b[:i] + ["X"] + b[i + 1:]) == "X"])
