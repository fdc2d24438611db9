package desk.s3server;

import java.io.IOException;
import java.io.InputStream;

/**
 * Starts S3Proxy in this JVM and stops this JVM when its standard input ends: the local runtime
 * that started it keeps that pipe open while it runs, so an S3 server is never left behind, even
 * when the runtime is killed without running its shutdown hooks.
 */
public final class S3ServerMain {

    private S3ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(S3ServerMain::exitWhenInputEnds, "s3-server-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        org.gaul.s3proxy.Main.main(args);
    }

    private static void exitWhenInputEnds() {
        try (InputStream in = System.in) {
            while (in.read() >= 0) {
                // The parent writes nothing; end of input means it is gone.
            }
        } catch (IOException e) {
            // A broken pipe means the same.
        }
        System.exit(0);
    }
}
