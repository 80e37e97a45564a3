package org.daybrief.deliver.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Email addresses as Daybrief accepts them: a plain ASCII {@code local@domain} (dot-atom local part, host name
 * domain), at most 254 characters. No display name, quotes, comments, spaces or control characters, so an
 * address can never carry anything into a header but itself.
 */
public final class Addresses {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")*");

    private Addresses() {
    }

    /**
     * Returns the address, stripped of surrounding spaces, if valid.
     *
     * @throws IllegalArgumentException saying why not
     */
    public static String requireValid(String address) {
        String a = address == null ? "" : address.strip();
        if (a.isEmpty()) {
            throw new IllegalArgumentException("an address is required");
        }
        if (a.length() > 254) {
            throw new IllegalArgumentException("'" + HeaderText.oneLine(a, 40) + "' is longer than 254 characters");
        }
        if (!ADDRESS.matcher(a).matches() || a.substring(0, a.indexOf('@')).length() > 64) {
            throw new IllegalArgumentException("'" + HeaderText.oneLine(a, 80) + "' is not a valid email address "
                    + "(plain ASCII local@domain, no name or brackets)");
        }
        return a;
    }

    /** The domain part, lower-cased. */
    public static String domain(String validAddress) {
        return validAddress.substring(validAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
