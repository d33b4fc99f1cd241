package org.mpyjvm.runtime.vfs;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.fs.Filesystem;

/**
 * The ordered mount table of {@code extmod/vfs.c}: new mounts go after every named mount but before any mount
 * at {@code "/"}, so a root filesystem stays last and named mounts shadow same-named directories inside it.
 */
public final class MountTable {
    private final List<MountEntry> entries = new ArrayList<>();

    /** The entries in table order (a copy). */
    public List<MountEntry> entries() {
        return List.copyOf(entries);
    }

    void insert(MountEntry entry) {
        int at = entries.size();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).isRoot()) {
                at = i;
                break;
            }
        }
        entries.add(at, entry);
    }

    /** Removes and returns the first entry whose mount point is exactly {@code mountPoint}, or null. */
    MountEntry removeByMountPoint(String mountPoint) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).mountPoint().equals(mountPoint)) {
                return entries.remove(i);
            }
        }
        return null;
    }

    /** Removes and returns the first entry holding this very object (identity, as upstream), or null. */
    MountEntry removeByFilesystem(Filesystem fs) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).fs() == fs) {
                return entries.remove(i);
            }
        }
        return null;
    }

    /** The first mount at {@code "/"}, or null. */
    MountEntry rootMount() {
        for (MountEntry e : entries) {
            if (e.isRoot()) {
                return e;
            }
        }
        return null;
    }

    /**
     * Finds the mount for an absolute path with its leading slash already stripped (never empty): a named mount
     * matches its name followed by {@code '/'} or the end; a root mount matches anything and receives
     * {@code original}, the caller's path unchanged.
     */
    PathResolution match(String remainder, String original) {
        for (MountEntry e : entries) {
            if (e.isRoot()) {
                // The root filesystem gets the caller's path unchanged.
                return PathResolution.inMount(e, original);
            }
            String name = e.name();
            if (remainder.startsWith(name)) {
                if (remainder.length() == name.length()) {
                    return PathResolution.inMount(e, "/");
                }
                if (remainder.charAt(name.length()) == '/') {
                    return PathResolution.inMount(e, remainder.substring(name.length()));
                }
            }
        }
        return PathResolution.NO_MOUNT;
    }
}
