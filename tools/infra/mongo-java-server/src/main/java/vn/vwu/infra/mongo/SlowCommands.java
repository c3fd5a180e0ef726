package vn.vwu.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Describes a slow command by its shape only: database, command, collection and the names of the
 * filter's fields (never a value: documents may hold personal data, and logs must not).
 */
final class SlowCommands {
  private SlowCommands() {}

  /** The threshold from {@code VWU_MONGO_SLOW_MS}; 0 (the default) logs nothing. */
  static long thresholdMs() {
    String value = System.getenv("VWU_MONGO_SLOW_MS");
    if (value == null || value.isBlank()) return 0;
    try {
      return Math.max(0, Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static String describe(MongoMessage message, long elapsedMs) {
    Document command = message.getDocument();
    String name = command.keySet().stream().findFirst().orElse("?");
    Object collection = command.get(name);
    StringBuilder line = new StringBuilder("slow command ").append(elapsedMs).append(" ms: ");
    line.append(message.getDatabaseName()).append('.').append(collection).append(' ').append(name);
    Object filter = command.containsKey("filter") ? command.get("filter") : command.get("query");
    if (filter instanceof Document doc) line.append(" filter ").append(shape(doc));
    Object sort = command.get("sort");
    if (sort instanceof Document doc) line.append(" sort ").append(doc.keySet());
    Object updates = command.get("updates");
    if (updates instanceof List<?> list) line.append(" updates ").append(list.size());
    return line.toString();
  }

  private static String shape(Document filter) {
    return filter.entrySet().stream()
        .map(SlowCommands::shapeOf)
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String shapeOf(Map.Entry<String, Object> entry) {
    Object value = entry.getValue();
    if (value instanceof Document doc && doc.keySet().stream().allMatch(k -> k.startsWith("$")))
      return entry.getKey() + ": " + doc.keySet();
    if (value instanceof List<?> list) return entry.getKey() + ": [" + list.size() + "]";
    return entry.getKey();
  }
}
