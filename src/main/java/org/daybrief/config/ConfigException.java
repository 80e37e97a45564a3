package org.daybrief.config;

/**
 * A bad job file or setting: stops the run before any work. The message names the file, the key and the fix.
 */
public final class ConfigException extends RuntimeException {

    private final String file;
    private final String key;

    public ConfigException(String file, String key, String problem, String fix) {
        super(file + ": " + key + ": " + problem + (fix == null || fix.isEmpty() ? "" : " (fix: " + fix + ")"));
        this.file = file;
        this.key = key;
    }

    public String file() {
        return file;
    }

    public String key() {
        return key;
    }
}
