package org.ekyc.hub.adapter.copybook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Parses COBOL copybooks in reference format (sequence area in columns 1–6, indicator in column 7,
 * code in columns 8–72) into byte positions. Understood: level numbers 01–49 and 77, group items,
 * {@code PIC}/{@code PICTURE} with X, A, 9, S, V, G, N and repetition counts, {@code USAGE}
 * DISPLAY, COMP-3/PACKED-DECIMAL, COMP/COMP-4/COMP-5/BINARY (also on groups), {@code OCCURS n
 * [TIMES]} on items and groups, {@code FILLER}, level-88 condition names (skipped), {@code VALUE}
 * (ignored). Refused with a clear error, rather than guessed: REDEFINES, RENAMES (66), OCCURS
 * DEPENDING ON, SIGN LEADING/SEPARATE, SYNCHRONIZED, P scaling and edited pictures.
 */
public final class CopybookParser {

    private CopybookParser() {
    }

    public static Copybook parse(String name, String text) {
        List<Statement> statements = statements(name, text);
        Deque<Node> stack = new ArrayDeque<>();
        Node root = null;
        for (Statement s : statements) {
            Node node = node(name, s);
            if (node == null) {
                continue; // level 88
            }
            while (!stack.isEmpty() && stack.peek().level >= node.level) {
                stack.pop();
            }
            if (stack.isEmpty()) {
                if (root != null) {
                    throw new CopybookSyntaxException(name, s.line, "only one 01 record per copybook");
                }
                root = node;
            } else {
                Node parent = stack.peek();
                if (parent.pic != null) {
                    throw new CopybookSyntaxException(name, s.line, parent.name + " has a PICTURE and cannot have items under it");
                }
                parent.children.add(node);
            }
            stack.push(node);
        }
        if (root == null) {
            throw new CopybookSyntaxException(name, 0, "no record (01 level) found");
        }
        List<CopybookField> fields = new ArrayList<>();
        int length = layout(name, root, 0, null, "", fields);
        return new Copybook(name, length, fields);
    }

    /** A data description entry: text from its level number up to its terminating period. */
    private record Statement(int line, List<String> tokens) {
    }

    private static final class Node {
        int level;
        String name;
        String pic;
        String usage;
        int occurs = 1;
        int line;
        final List<Node> children = new ArrayList<>();
    }

    private static List<Statement> statements(String name, String text) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int startLine = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.length() < 7 || raw.isBlank()) {
                continue;
            }
            char indicator = raw.charAt(6);
            if (indicator == '*' || indicator == '/') {
                continue;
            }
            if (indicator != ' ') {
                throw new CopybookSyntaxException(name, i + 1, "indicator '" + indicator + "' in column 7 not supported");
            }
            String code = raw.substring(7, Math.min(72, raw.length()));
            for (int c = 0; c < code.length(); c++) {
                char ch = code.charAt(c);
                if (current.length() == 0 && Character.isWhitespace(ch)) {
                    continue;
                }
                if (current.length() == 0) {
                    startLine = i + 1;
                }
                boolean endsStatement = ch == '.' && (c + 1 == code.length() || Character.isWhitespace(code.charAt(c + 1)));
                if (endsStatement) {
                    out.add(new Statement(startLine, List.of(current.toString().trim().split("\\s+"))));
                    current.setLength(0);
                } else {
                    current.append(ch);
                }
            }
            if (current.length() > 0) {
                current.append(' ');
            }
        }
        if (!current.toString().isBlank()) {
            throw new CopybookSyntaxException(name, startLine, "entry not terminated by a period");
        }
        return out;
    }

    private static Node node(String copybook, Statement s) {
        List<String> t = s.tokens.stream().map(x -> x.toUpperCase(Locale.ROOT)).toList();
        int level;
        try {
            level = Integer.parseInt(t.get(0));
        } catch (NumberFormatException e) {
            throw new CopybookSyntaxException(copybook, s.line, "level number expected, found '" + t.get(0) + "'");
        }
        if (level == 88) {
            return null;
        }
        if (level == 66) {
            throw new CopybookSyntaxException(copybook, s.line, "RENAMES (level 66) not supported");
        }
        if (!(level >= 1 && level <= 49) && level != 77) {
            throw new CopybookSyntaxException(copybook, s.line, "level " + level + " not valid");
        }
        if (t.size() < 2) {
            throw new CopybookSyntaxException(copybook, s.line, "data name expected after level " + level);
        }
        Node n = new Node();
        n.level = level == 77 ? 1 : level;
        n.name = t.get(1);
        n.line = s.line;
        for (int i = 2; i < t.size(); i++) {
            String word = t.get(i);
            switch (word) {
                case "PIC", "PICTURE" -> {
                    i = skip(t, i + 1, "IS");
                    n.pic = need(copybook, s, t, i, "picture string");
                }
                case "USAGE" -> {
                    i = skip(t, i + 1, "IS");
                    n.usage = usage(copybook, s, need(copybook, s, t, i, "usage"));
                }
                case "DISPLAY", "COMP-3", "COMPUTATIONAL-3", "PACKED-DECIMAL", "COMP", "COMPUTATIONAL",
                        "COMP-4", "COMPUTATIONAL-4", "COMP-5", "COMPUTATIONAL-5", "BINARY" -> n.usage = usage(copybook, s, word);
                case "OCCURS" -> {
                    String count = need(copybook, s, t, i + 1, "OCCURS count");
                    try {
                        n.occurs = Integer.parseInt(count);
                    } catch (NumberFormatException e) {
                        throw new CopybookSyntaxException(copybook, s.line, "OCCURS count '" + count + "' is not a number");
                    }
                    if (n.occurs < 1) {
                        throw new CopybookSyntaxException(copybook, s.line, "OCCURS count must be at least 1");
                    }
                    i++;
                    if (i + 1 < t.size() && (t.get(i + 1).equals("TO") || t.contains("DEPENDING"))) {
                        throw new CopybookSyntaxException(copybook, s.line, "OCCURS DEPENDING ON not supported");
                    }
                    if (i + 1 < t.size() && t.get(i + 1).equals("TIMES")) {
                        i++;
                    }
                }
                case "VALUE", "VALUES" -> i = t.size(); // initial values do not change the layout
                case "REDEFINES" -> throw new CopybookSyntaxException(copybook, s.line, "REDEFINES not supported");
                case "SIGN" -> throw new CopybookSyntaxException(copybook, s.line,
                        "SIGN clause not supported (only the default: trailing, embedded)");
                case "SYNC", "SYNCHRONIZED" -> throw new CopybookSyntaxException(copybook, s.line, "SYNCHRONIZED not supported");
                default -> throw new CopybookSyntaxException(copybook, s.line, "clause '" + word + "' not understood");
            }
        }
        return n;
    }

    private static int skip(List<String> t, int i, String optional) {
        return i < t.size() && t.get(i).equals(optional) ? i + 1 : i;
    }

    private static String need(String copybook, Statement s, List<String> t, int i, String what) {
        if (i >= t.size()) {
            throw new CopybookSyntaxException(copybook, s.line, what + " expected");
        }
        return t.get(i);
    }

    private static String usage(String copybook, Statement s, String word) {
        return switch (word) {
            case "DISPLAY" -> "DISPLAY";
            case "COMP-3", "COMPUTATIONAL-3", "PACKED-DECIMAL" -> "PACKED";
            case "COMP", "COMPUTATIONAL", "COMP-4", "COMPUTATIONAL-4", "COMP-5", "COMPUTATIONAL-5", "BINARY" -> "BINARY";
            default -> throw new CopybookSyntaxException(copybook, s.line, "usage '" + word + "' not supported");
        };
    }

    /** Assigns offsets depth-first; returns the next free offset. */
    private static int layout(String copybook, Node n, int offset, String inheritedUsage, String suffix,
                              List<CopybookField> out) {
        String usage = n.usage != null ? n.usage : inheritedUsage;
        int at = offset;
        for (int k = 1; k <= n.occurs; k++) {
            String index = n.occurs > 1 ? (suffix.isEmpty() ? "(" + k + ")" : suffix.substring(0, suffix.length() - 1) + "," + k + ")") : suffix;
            if (n.children.isEmpty()) {
                if (n.pic == null) {
                    throw new CopybookSyntaxException(copybook, n.line, n.name + " has neither a PICTURE nor items under it");
                }
                CopybookField f = elementary(copybook, n, usage, at, index);
                out.add(f);
                at = f.end();
            } else {
                for (Node child : n.children) {
                    at = layout(copybook, child, at, usage, index, out);
                }
            }
        }
        return at;
    }

    private static CopybookField elementary(String copybook, Node n, String usage, int offset, String index) {
        String pic = expand(copybook, n);
        String name = n.name.equals("FILLER") ? "FILLER" : n.name + index;
        boolean signed = pic.startsWith("S");
        String body = signed ? pic.substring(1) : pic;
        if (body.indexOf('P') >= 0 || body.chars().anyMatch(c -> "Z*.,+-$BCRD0/".indexOf(c) >= 0)) {
            throw new CopybookSyntaxException(copybook, n.line, n.name + ": edited or scaled picture '" + n.pic + "' not supported");
        }
        long x = body.chars().filter(c -> c == 'X' || c == 'A').count();
        long g = body.chars().filter(c -> c == 'G' || c == 'N').count();
        if (g > 0) {
            if (x > 0 || body.length() != g || signed) {
                throw new CopybookSyntaxException(copybook, n.line, n.name + ": PIC G/N cannot mix with other symbols");
            }
            requireDisplay(copybook, n, usage);
            return new CopybookField(name, offset, (int) (2 * g), FieldType.GRAPHIC, (int) g, 0, false);
        }
        if (x > 0) {
            if (signed || body.indexOf('V') >= 0) {
                throw new CopybookSyntaxException(copybook, n.line, n.name + ": S or V in an alphanumeric picture");
            }
            requireDisplay(copybook, n, usage);
            return new CopybookField(name, offset, body.length(), FieldType.ALPHANUMERIC, body.length(), 0, false);
        }
        int v = body.indexOf('V');
        if (v != body.lastIndexOf('V') || body.replace("V", "").chars().anyMatch(c -> c != '9')) {
            throw new CopybookSyntaxException(copybook, n.line, n.name + ": picture '" + n.pic + "' not understood");
        }
        int scale = v < 0 ? 0 : body.length() - v - 1;
        int digits = body.replace("V", "").length();
        if (digits == 0 || digits > 31) {
            throw new CopybookSyntaxException(copybook, n.line, n.name + ": 1 to 31 digits expected");
        }
        String u = usage == null ? "DISPLAY" : usage;
        return switch (u) {
            case "PACKED" -> new CopybookField(name, offset, digits / 2 + 1, FieldType.PACKED, digits, scale, signed);
            case "BINARY" -> {
                if (digits > 18) {
                    throw new CopybookSyntaxException(copybook, n.line, n.name + ": BINARY holds at most 18 digits");
                }
                int bytes = digits <= 4 ? 2 : digits <= 9 ? 4 : 8;
                yield new CopybookField(name, offset, bytes, FieldType.BINARY, digits, scale, signed);
            }
            default -> new CopybookField(name, offset, digits, FieldType.ZONED, digits, scale, signed);
        };
    }

    private static void requireDisplay(String copybook, Node n, String usage) {
        if (usage != null && !usage.equals("DISPLAY")) {
            throw new CopybookSyntaxException(copybook, n.line, n.name + ": text items must be USAGE DISPLAY");
        }
    }

    /** Expands repetition counts: {@code S9(3)V9(2)} becomes {@code S999V99}. */
    private static String expand(String copybook, Node n) {
        StringBuilder out = new StringBuilder();
        String pic = n.pic;
        for (int i = 0; i < pic.length(); i++) {
            char c = pic.charAt(i);
            if (c == '(') {
                int close = pic.indexOf(')', i);
                if (close < 0 || out.length() == 0) {
                    throw new CopybookSyntaxException(copybook, n.line, n.name + ": bad repetition in '" + pic + "'");
                }
                int count;
                try {
                    count = Integer.parseInt(pic.substring(i + 1, close));
                } catch (NumberFormatException e) {
                    throw new CopybookSyntaxException(copybook, n.line, n.name + ": bad repetition in '" + pic + "'");
                }
                if (count < 1 || count > 32_767) {
                    throw new CopybookSyntaxException(copybook, n.line, n.name + ": repetition out of range in '" + pic + "'");
                }
                char last = out.charAt(out.length() - 1);
                out.append(String.valueOf(last).repeat(count - 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
