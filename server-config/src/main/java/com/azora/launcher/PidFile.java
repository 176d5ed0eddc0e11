package com.azora.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code azora.pid} in the state directory: the launcher's process id on the first line and the URL
 * it serves on the second, so that {@code stop} and a second {@code start} find a running one.
 */
record PidFile(long pid, String url) {

  static final String NAME = "azora.pid";

  static Optional<PidFile> read(Path stateDir) {
    Path file = stateDir.resolve(NAME);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new PidFile(Long.parseLong(lines.get(0).trim()), lines.size() > 1 ? lines.get(1) : ""));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The launcher process, if it still runs (a reused pid of something else does not count). */
  Optional<ProcessHandle> liveProcess() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(true));
  }

  void write(Path stateDir) throws IOException {
    Files.writeString(stateDir.resolve(NAME), pid + "\n" + url + "\n");
  }

  /** Removes the file if it is still this one's (a newer launcher may have replaced it). */
  void delete(Path stateDir) throws IOException {
    if (read(stateDir).map(f -> f.pid == pid).orElse(false)) {
      Files.deleteIfExists(stateDir.resolve(NAME));
    }
  }
}
