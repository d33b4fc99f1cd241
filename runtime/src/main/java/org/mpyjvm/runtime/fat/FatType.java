package org.mpyjvm.runtime.fat;

/** The FAT sub-type, decided only by the cluster count (FatFs rule, fat.md section 3). */
public enum FatType {
    FAT12, FAT16, FAT32;

    /** FatFs MAX_FAT12 / MAX_FAT16 / MAX_FAT32: the largest cluster count of each type. */
    static final long MAX_FAT12 = 0xFF5;
    static final long MAX_FAT16 = 0xFFF5;
    static final long MAX_FAT32 = 0x0FFFFFF5L;

    static FatType forClusterCount(long clusters) {
        if (clusters <= MAX_FAT12) {
            return FAT12;
        }
        return clusters <= MAX_FAT16 ? FAT16 : FAT32;
    }
}
