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

    MetadataEntry copy() {
        MetadataEntry e = new MetadataEntry();
        e.nameType = nameType;
        e.name = name;
        e.structType = structType;
        e.struct = struct;
        e.attrs.putAll(attrs);
        return e;
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
