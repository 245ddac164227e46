package org.convene.delegations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Whether a zip unpacks to at most a given number of bytes, counted by inflating it (the sizes
 * a zip declares can lie). A 10 MB workbook can hold a "zip bomb" of gigabytes; this pass costs
 * one inflation of at most the budget and runs before the workbook is read.
 */
final class ZipBudget {
    private ZipBudget() {
    }

    /** False when the content exceeds {@code maxBytes}; an unreadable zip throws IOException. */
    static boolean fits(byte[] zip, long maxBytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        total += read;
                        if (total > maxBytes) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
