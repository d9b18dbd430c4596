package gongkai.qr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads path data made of M, m, h, v and z back into the modules it fills under SVG's default
 * nonzero rule, so QrPath is checked module by module without a renderer (a reader's error
 * correction would hide a few wrong modules).
 */
final class PathModules {
  private static final Pattern TOKEN = Pattern.compile("\\s*([MmhvZz]|-?\\d+)");

  // Only vertical edges change the winding number along a horizontal ray: {x, yFrom, yTo}.
  private final List<int[]> verticalEdges = new ArrayList<>();
  int minX = Integer.MAX_VALUE;
  int minY = Integer.MAX_VALUE;
  int maxX = Integer.MIN_VALUE;
  int maxY = Integer.MIN_VALUE;
  private int x;
  private int y;
  private int startX;
  private int startY;

  private PathModules() {}

  static PathModules parse(String d) {
    PathModules path = new PathModules();
    List<String> tokens = tokens(d);
    char command = 0;
    for (int i = 0; i < tokens.size(); ) {
      String token = tokens.get(i);
      if (Character.isLetter(token.charAt(0))) {
        command = token.charAt(0);
        i++;
        if (command == 'z' || command == 'Z') {
          path.closeSubpath();
          path.x = path.startX;
          path.y = path.startY;
          continue;
        }
      }
      int value = Integer.parseInt(tokens.get(i++));
      switch (command) {
        case 'M', 'm' -> {
          int dy = Integer.parseInt(tokens.get(i++));
          boolean relative = command == 'm' && path.maxX != Integer.MIN_VALUE;
          int toX = relative ? path.x + value : value;
          int toY = relative ? path.y + dy : dy;
          path.closeSubpath();
          path.moveTo(toX, toY);
          // Further pairs after a moveto would be line segments, which QrPath never writes.
          command = 0;
        }
        case 'h' -> path.lineTo(path.x + value, path.y);
        case 'v' -> path.lineTo(path.x, path.y + value);
        default -> throw new AssertionError("unexpected number " + value + " after '" + command + "' in " + d);
      }
    }
    path.closeSubpath();
    return path;
  }

  /** Dark modules of a {@code size}-module square, indexed {@code [y][x]}. */
  boolean[][] fill(int size) {
    boolean[][] dark = new boolean[size][size];
    for (int row = 0; row < size; row++) {
      for (int column = 0; column < size; column++) {
        int winding = 0;
        for (int[] edge : verticalEdges) {
          // Module centres are at half coordinates, so no ray passes through a vertex.
          if (edge[0] > column && Math.min(edge[1], edge[2]) <= row && row < Math.max(edge[1], edge[2])) {
            winding += edge[2] > edge[1] ? 1 : -1;
          }
        }
        dark[row][column] = winding != 0;
      }
    }
    return dark;
  }

  private static List<String> tokens(String d) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(d);
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      tokens.add(matcher.group(1));
      end = matcher.end();
    }
    if (end != d.length()) {
      throw new AssertionError("path data has something other than M, m, h, v, z at " + end + ": " + d);
    }
    return tokens;
  }

  private void moveTo(int toX, int toY) {
    x = toX;
    y = toY;
    startX = toX;
    startY = toY;
    bound();
  }

  private void lineTo(int toX, int toY) {
    edge(toX, toY);
    x = toX;
    y = toY;
    bound();
  }

  // Fill closes every subpath, written 'z' or not; without 'z' the current point stays put.
  private void closeSubpath() {
    if (maxX != Integer.MIN_VALUE) {
      edge(startX, startY);
    }
  }

  private void edge(int toX, int toY) {
    if (toX == x && toY != y) {
      verticalEdges.add(new int[] {x, y, toY});
    } else if (toY != y) {
      throw new AssertionError("diagonal edge from " + x + "," + y + " to " + toX + "," + toY);
    }
  }

  private void bound() {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
}
