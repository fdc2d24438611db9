package desk.devkit.ses;

/** Told of every message the local SES accepts, before the caller gets its answer; a failure here fails the send. */
@FunctionalInterface
public interface SentMailListener {

    void sent(SentMail mail);
}
