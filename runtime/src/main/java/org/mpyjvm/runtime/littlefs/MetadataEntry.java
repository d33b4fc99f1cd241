package org.mpyjvm.runtime.littlefs;

import java.util.Map;
import java.util.TreeMap;

/**
 * The live attributes of one id in a metadata pair after replaying its log: the name (with its type: file,
 * directory or superblock), the struct (directory pair, inline data or CTZ reference) and user attributes.
 */
final class MetadataEntry {
    int nameType;
    byte[] name;
    int structType = -1;
    byte[] struct;
    final TreeMap<Integer, byte[]> attrs = new TreeMap<>();
    /**
     * Log positions of the latest name, struct and attribute tags: a compaction writes the surviving tags in the
     * order they were last written, as littlefs's traversal does, so that images come out byte-identical.
     */
    long nameSeq;
    long structSeq;
    final TreeMap<Integer, Long> attrSeqs = new TreeMap<>();

    MetadataEntry copy() {
        MetadataEntry e = new MetadataEntry();
        e.nameType = nameType;
        e.name = name;
        e.structType = structType;
        e.struct = struct;
        e.attrs.putAll(attrs);
        e.nameSeq = nameSeq;
        e.structSeq = structSeq;
        e.attrSeqs.putAll(attrSeqs);
        return e;
    }

    /** A tag of this entry as a compaction writes it, with the log position that orders it. */
    record Written(long seq, int type, byte[] data) {
    }

    /** The entry's live tags in the order they were last written. */
    java.util.List<Written> tagsInLogOrder() {
        java.util.List<Written> out = new java.util.ArrayList<>();
        if (name != null && nameType != 0) {
            out.add(new Written(nameSeq, nameType, name));
        }
        if (struct != null) {
            out.add(new Written(structSeq, structType, struct));
        }
        for (Map.Entry<Integer, byte[]> a : attrs.entrySet()) {
            out.add(new Written(attrSeqs.getOrDefault(a.getKey(), 0L), LfsTag.USERATTR + a.getKey(), a.getValue()));
        }
        out.sort(java.util.Comparator.comparingLong(Written::seq));
        return out;
    }

    boolean hasName() {
        return nameType != 0 && name != null;
    }

    boolean isDir() {
        return nameType == LfsTag.DIR;
    }

    /** Size in bytes of the tags a compaction writes for this entry. */
    int compactedSize() {
        int size = 0;
        if (name != null) {
            size += 4 + name.length;
        }
        if (struct != null) {
            size += 4 + struct.length;
        }
        for (Map.Entry<Integer, byte[]> a : attrs.entrySet()) {
            size += 4 + a.getValue().length;
        }
        return size;
    }
}
