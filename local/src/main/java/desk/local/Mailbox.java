package desk.local;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The local mailbox a person reads: every message for a recipient is a {@code .eml} file under
 * {@code .local/mail/<recipient>/} (kept across restarts) and, beside a {@code desk run}, a message
 * in that recipient's INBOX on the local IMAP server (login: the address; any password). On start
 * the files fill the INBOXes again, so IMAP shows what earlier runs delivered.
 */
final class Mailbox {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Session SESSION = Session.getInstance(new Properties());

    private final Path directory;
    private final Optional<UserManager> users;
    private final Clock clock;
    private final PrintStream log;

    /** @param users the IMAP server's users, whose INBOXes get the messages too; empty: files only */
    Mailbox(Path directory, Optional<UserManager> users, Clock clock, PrintStream log) {
        this.directory = directory;
        this.users = users;
        this.clock = clock;
        this.log = log;
    }

    Path directory() {
        return directory;
    }

    /** The folder of one recipient's messages. */
    Path folder(String recipient) {
        return directory.resolve(recipient.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._+-]", "_"));
    }

    /** Files the message for the recipient and puts it in the recipient's INBOX. */
    Path deliver(String recipient, byte[] raw) {
        Path file = folder(recipient).resolve(FILE_TIME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, raw);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        toInbox(recipient, raw);
        log.printf("MAIL to %s: in the local mailbox%s %s%n", recipient, users.isPresent() ? " (IMAP) and" : ",", file);
        log.flush();
        return file;
    }

    /** Puts every filed message back in its recipient's INBOX (the IMAP server keeps them in memory only). */
    int reload() {
        if (users.isEmpty() || !Files.isDirectory(directory)) {
            return 0;
        }
        int loaded = 0;
        try (Stream<Path> folders = Files.list(directory)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                List<Path> messages;
                try (Stream<Path> files = Files.list(folder)) {
                    messages = files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
                }
                for (Path message : messages) {
                    toInbox(folder.getFileName().toString(), Files.readAllBytes(message));
                    loaded++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the local mailbox " + directory, e);
        }
        return loaded;
    }

    private void toInbox(String recipient, byte[] raw) {
        if (users.isEmpty()) {
            return;
        }
        try {
            user(users.get(), recipient).deliver(new MimeMessage(SESSION, new ByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot put a message for " + recipient + " in its INBOX: " + e.getMessage(), e);
        }
    }

    private static GreenMailUser user(UserManager users, String recipient) {
        String address = recipient.toLowerCase(Locale.ROOT);
        synchronized (users) {
            GreenMailUser user = users.getUserByEmail(address);
            if (user != null) {
                return user;
            }
            try {
                return users.createUser(address, address, address);
            } catch (UserException e) {
                throw new IllegalStateException("Cannot create the local mailbox of " + address, e);
            }
        }
    }
}
