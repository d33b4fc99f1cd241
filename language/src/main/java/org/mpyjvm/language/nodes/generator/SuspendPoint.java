package org.mpyjvm.language.nodes.generator;

/**
 * Marks the nodes where a generator body suspends ({@code yield}, {@code yield from}). The builder asks whether a
 * subtree contains one to decide which statements must be built resumable.
 */
public interface SuspendPoint {
}
