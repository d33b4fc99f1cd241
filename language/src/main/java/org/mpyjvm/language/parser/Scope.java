package org.mpyjvm.language.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one scope (module, function, lambda, comprehension, class body) and how each resolves.
 * Filled by {@link ScopeAnalyzer} before any node is built, because whether a variable is a cell depends on the
 * inner functions defined after it.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS }

    /** Where a name lives. */
    enum Where { LOCAL, CELL, FREE, GLOBAL, CLASS_NAME }

    final Kind kind;
    final Scope parent;
    final String name;
    final List<String> parameters = new ArrayList<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    final Map<String, Integer> nonlocalLines = new LinkedHashMap<>();
    final Set<String> referenced = new LinkedHashSet<>();
    final Set<String> cells = new LinkedHashSet<>();
    final List<String> freeVars = new ArrayList<>();
    final Map<String, Integer> slots = new LinkedHashMap<>();
    boolean generator;
    /** An {@code async def}: {@code await}, {@code async with} and {@code async for} are allowed in it. */
    boolean coroutine;
    boolean comprehension;
    boolean usesSuper;

    Scope(Kind kind, Scope parent, String name) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
    }

    boolean binds(String n) {
        return (assigned.contains(n) || parameters.contains(n)) && !declaredGlobal.contains(n)
            && !declaredNonlocal.contains(n);
    }

    Where where(String n) {
        if (kind == Kind.MODULE || declaredGlobal.contains(n)) {
            return Where.GLOBAL;
        }
        if (kind == Kind.CLASS) {
            if (freeVars.contains(n) && !assigned.contains(n)) {
                return Where.FREE;
            }
            if (n.equals("__class__") && cells.contains(n)) {
                return Where.CELL;
            }
            return Where.CLASS_NAME;
        }
        if (binds(n)) {
            return cells.contains(n) ? Where.CELL : Where.LOCAL;
        }
        if (freeVars.contains(n)) {
            return Where.FREE;
        }
        return Where.GLOBAL;
    }

    int slot(String n) {
        return slots.computeIfAbsent(n, k -> slots.size());
    }

    /** Encoding used by the cell nodes: a slot (>= 0) or a closure index as {@code -index-1}. */
    int cellReference(String n) {
        if (where(n) == Where.CELL) {
            return slot(n);
        }
        return -freeVars.indexOf(n) - 1;
    }
}
