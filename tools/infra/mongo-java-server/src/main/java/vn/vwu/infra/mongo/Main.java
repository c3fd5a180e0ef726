package vn.vwu.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.List;
import java.util.function.Supplier;

/**
 * The local MongoDB-compatible store of tools/infra (ADR 0004): mongo-java-server on
 * 127.0.0.1, in memory, or in an H2 MVStore file that survives restarts when one is named.
 *
 * <p>usage: {@code Main <port> [h2-file]}. SIGTERM closes the clients and the store (H2 writes
 * its last changes); without it H2 still commits by itself about once a second.
 */
public final class Main {
  /**
   * MongoDB 5.0, wire version 13. The library's own {@code ServerVersion.MONGO_5_0} reports wire
   * version 8, which the MongoDB Node driver 7 refuses (it needs 9, MongoDB 4.4, or later).
   */
  static final MongoVersion VERSION =
      new MongoVersion() {
        @Override
        public List<Integer> getVersionArray() {
          return List.of(5, 0, 0);
        }

        @Override
        public int getWireVersion() {
          return 13;
        }
      };

  private Main() {}

  /** Commands slower than {@code slowMs} are logged by shape (SlowCommands); 0: none. */
  private static MongoBackend memory(long slowMs) {
    return new MemoryBackend() {
      @Override
      public Document handleMessage(MongoMessage message) {
        return timed(message, slowMs, () -> super.handleMessage(message));
      }
    };
  }

  private static MongoBackend h2(String file, long slowMs) {
    return new H2Backend(file) {
      @Override
      public Document handleMessage(MongoMessage message) {
        return timed(message, slowMs, () -> super.handleMessage(message));
      }
    };
  }

  private static Document timed(MongoMessage message, long slowMs, Supplier<Document> handle) {
    long start = System.nanoTime();
    try {
      return handle.get();
    } finally {
      logIfSlow(message, start, slowMs);
    }
  }

  private static void logIfSlow(MongoMessage message, long startNanos, long slowMs) {
    if (slowMs <= 0) return;
    long elapsedMs = (System.nanoTime() - startNanos) / 1_000_000;
    if (elapsedMs >= slowMs) System.err.println(SlowCommands.describe(message, elapsedMs));
  }

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: Main <port> [h2-file]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    long slowMs = SlowCommands.thresholdMs();
    MongoBackend backend = args.length == 2 ? h2(args[1], slowMs) : memory(slowMs);
    backend.version(VERSION);
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", port);
    String store = args.length == 2 ? "H2 file " + args[1] : "memory";
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.shutdownNow();
                  System.err.println("mongo-java-server: stopped (" + store + ")");
                },
                "vwu-shutdown"));
    System.err.println(
        "mongo-java-server: listening on 127.0.0.1:" + port + " (" + store + "), MongoDB "
            + VERSION.toVersionString() + ", wire version " + VERSION.getWireVersion());
  }
}
