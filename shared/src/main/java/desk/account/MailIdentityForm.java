package desk.account;

import desk.mail.MailAddress;
import desk.validation.FormReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the mail identity fields of the account and partner forms ({@code mailDomains},
 * {@code mailUsers}, {@code supportAddress}), naming every bad element. Limits keep an account's
 * write, which carries a lookup item per address and domain it adds or drops, in one transaction.
 */
final class MailIdentityForm {
    static final int MAX_MAIL_DOMAINS = 10;
    static final int MAX_MAIL_USERS = 40;
    private static final Pattern DOMAIN = Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}");

    private MailIdentityForm() {}

    static List<String> domains(FormReader form) {
        List<String> domains = form.texts("mailDomains", 253);
        if (domains.size() > MAX_MAIL_DOMAINS) {
            form.problem("mailDomains", "names at most " + MAX_MAIL_DOMAINS + " domains");
        }
        List<String> read = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            String domain = domains.get(i).toLowerCase(Locale.ROOT);
            if (!DOMAIN.matcher(domain).matches()) {
                form.problem("mailDomains[" + i + "]", "must be a mail domain such as client.example");
            } else if (read.contains(domain)) {
                form.problem("mailDomains[" + i + "]", "repeats " + domain);
            } else {
                read.add(domain);
            }
        }
        return read;
    }

    static List<MailUser> users(FormReader form) {
        List<FormReader> entries = form.objects("mailUsers");
        if (entries.size() > MAX_MAIL_USERS) {
            form.problem("mailUsers", "names at most " + MAX_MAIL_USERS + " users");
        }
        Set<String> seen = new HashSet<>();
        List<MailUser> users = new ArrayList<>();
        for (FormReader entry : entries) {
            entry.refuseFieldsOtherThan("address", "subject");
            Optional<MailAddress> address = address(entry, "address");
            if (!entry.has("address")) {
                entry.problem("address", "is required");
            }
            String subject = entry.requiredText("subject", 200);
            if (address.isPresent() && !seen.add(address.get().key())) {
                entry.problem("address", "repeats " + address.get().address());
            } else if (address.isPresent() && subject != null) {
                users.add(new MailUser(address.get(), subject));
            }
        }
        return users;
    }

    /** An optional mail address field: {@code local@domain}, no display name. */
    static Optional<MailAddress> address(FormReader form, String field) {
        Optional<String> text = form.text(field, 254);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        int at = value.lastIndexOf('@');
        if (at <= 0 || !LOCAL_PART.matcher(value.substring(0, at)).matches()
                || !DOMAIN.matcher(value.substring(at + 1).toLowerCase(Locale.ROOT)).matches()) {
            form.problem(field, "must be a mail address such as ana@client.example");
            return Optional.empty();
        }
        return Optional.of(MailAddress.of(value));
    }
}
