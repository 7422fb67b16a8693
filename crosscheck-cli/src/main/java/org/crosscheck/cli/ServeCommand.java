package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.server.CrosscheckServer;
import org.crosscheck.server.ServerSettings;
import org.crosscheck.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck serve [WORKSPACE]}: the web view over a workspace, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a workspace as a web application: sources side by side, claims by source, quotes by speaker,",
                "disagreements, timeline, each source's marked text, uploads analysed into the same workspace, and a JSON",
                "API under /api/ (described at /api/openapi.json). Listens on 127.0.0.1 only, unless --host says otherwise.",
                "Every request needs the access token in the printed address (on loopback too: any local user can reach a",
                "loopback port). Documents are added by upload, or by a path under a folder named with --allow-path.",
                "A folder of stories (the --out of analyze --stories) is served as the index of its stories, each story's pages",
                "under /stories/ID/, read-only. Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "WORKSPACE",
            description = "the workspace folder (the --out of crosscheck analyze), or a folder of stories (of analyze --stories); created when it does not exist (default: the current folder, "
                    + "if it is a workspace)")
    Path workspace;

    @Option(names = "--port", defaultValue = "7070", description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}); any other than loopback requires the printed access token")
    String host;

    @Option(names = "--no-token", description = "serve without an access token: loopback only, and then every user of this machine can "
            + "read the workspace and add to it")
    boolean noToken;

    @Option(names = "--allow-path", paramLabel = "DIR", description = "a folder under which documents may be added by their path on this "
            + "machine (repeatable; none by default, so the server reads no file a caller names)")
    List<Path> allowPaths = new ArrayList<>();

    @Option(names = "--upload-time-limit", defaultValue = "300", paramLabel = "SECONDS", description = "the longest an upload's analysis "
            + "may go without finishing a document or a stage; past it the upload fails and changes nothing (default: ${DEFAULT-VALUE})")
    long uploadTimeLimit;

    @Option(names = "--max-upload-bytes", defaultValue = "52428800", description = "largest upload accepted (default: ${DEFAULT-VALUE})")
    long maxUploadBytes;

    @Option(names = "--timeout", defaultValue = "60", description = "seconds one file's extraction may take (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = workspace != null ? workspace : Path.of(".");
        if (workspace == null && !Files.isRegularFile(dir.resolve(Workspace.DATABASE)) && !Files.isRegularFile(dir.resolve("stories.json"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the current folder is not a crosscheck workspace; "
                    + "name one (crosscheck serve out/demo), or a new folder to start an empty one");
        }
        // a folder of stories holds one workspace per story: it is served as the index of its stories, each story's pages under it
        boolean pile = Files.isRegularFile(dir.resolve("stories.json"));
        if (pile && !allowPaths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + " holds stories, whose pages add nothing: --allow-path does not "
                    + "apply (add articles with crosscheck analyze PILE --stories --out " + dir + ")");
        }
        ServerSettings settings = ServerSettings.DEFAULTS.withHost(host).withPort(port).withMaxUploadBytes(maxUploadBytes)
                .withAllowedPaths(allowPaths).withStallLimit(Duration.ofSeconds(uploadTimeLimit));
        if (noToken) settings = settings.withoutToken();
        try {
            if (noToken && !settings.loopback()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--no-token is allowed on a loopback address only (--host "
                        + host + " is reachable from other machines)");
            }
            settings.loopback(); // an unknown host is a usage error, said before anything starts
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        for (Path p : allowPaths) {
            if (!Files.isDirectory(p)) throw new CommandLine.ParameterException(spec.commandLine(), "--allow-path " + p + " is not a folder");
        }
        IngestLimits limits = IngestLimits.DEFAULTS.withMaxBytes(maxUploadBytes).withTimeout(Duration.ofSeconds(timeoutSeconds));
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (Workspace ws = pile ? null : Workspace.open(dir); Ingestor ingestor = new Ingestor(limits);
                CrosscheckServer server = pile ? CrosscheckServer.startStories(dir, Main.analyzer(), ingestor, settings)
                        : CrosscheckServer.start(ws, Main.analyzer(), ingestor, settings)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                // Ctrl-C: let the running analysis finish and the workspace lock go before the JVM ends
                try {
                    closed.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "crosscheck-stop"));
            err.println("crosscheck: serving " + (pile ? "the stories in " : "") + dir.toAbsolutePath().normalize() + (server.token() == null
                    ? " WITHOUT AN ACCESS TOKEN (--no-token): every user of this machine can read this workspace and add to it"
                    : " (every request needs the token in the address below, or 'Authorization: Bearer <token>')")
                    + (pile ? "; each story read-only (add articles with crosscheck analyze --stories)"
                    : allowPaths.isEmpty() ? "; adding by path is off (--allow-path DIR)" : "; adding by path under " + allowPaths)
                    + "; Ctrl-C to stop");
            err.flush();
            out.println(server.address());
            out.flush();
            stopped.await();
        } finally {
            closed.countDown(); // the server, ingestor and workspace are closed by now
        }
        return 0;
    }
}
