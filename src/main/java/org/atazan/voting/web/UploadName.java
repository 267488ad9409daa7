package org.atazan.voting.web;

/**
 * A safe file name for an upload stored briefly on disk: the reader's own name where it is plain (so
 * that messages name the file they sent), never a path, never "." or "..".
 */
final class UploadName {
    private UploadName() {
    }

    static String safe(String original) {
        if (original == null) return "upload.csv";
        String base = original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (cleaned.isBlank() || cleaned.matches("\\.+") || cleaned.length() > 120) return "upload.csv";
        return cleaned;
    }
}
