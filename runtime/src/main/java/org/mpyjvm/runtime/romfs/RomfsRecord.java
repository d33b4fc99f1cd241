package org.mpyjvm.runtime.romfs;

/**
 * One record found while scanning a level of an image: its kind and where its payload lies, as absolute offsets
 * into the image region ({@code payloadEnd} is also where the next record at the same level starts).
 */
record RomfsRecord(long kind, long payloadStart, long payloadEnd) {
}
