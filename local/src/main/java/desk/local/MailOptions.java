package desk.local;

/**
 * Where {@code desk run}'s mail and S3 stand-ins listen on 127.0.0.1 (0: a free port, as in tests).
 *
 * @param s3Port the local S3, started when the template declares a bucket
 */
record MailOptions(int smtpPort, int imapPort, int s3Port) {

    static final int DEFAULT_SMTP_PORT = 2525;
    static final int DEFAULT_IMAP_PORT = 3143;
    static final int DEFAULT_S3_PORT = 9000;

    static MailOptions freePorts() {
        return new MailOptions(0, 0, 0);
    }
}
