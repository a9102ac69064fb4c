package org.ekyc.hub.verification.screening.list;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ekyc.hub.verification.screening.Countries;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.ListMapper;
import org.ekyc.hub.verification.screening.MalformedListException;
import org.ekyc.hub.verification.screening.PartialDate;

/**
 * The UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST}, schema
 * {@code https://www.un.org/sc/resources/sc-sanctions.xsd}): {@code INDIVIDUALS/INDIVIDUAL} and
 * {@code ENTITIES/ENTITY} with {@code DATAID}, {@code FIRST_NAME}..{@code FOURTH_NAME},
 * {@code NAME_ORIGINAL_SCRIPT}, {@code *_ALIAS/ALIAS_NAME}, {@code NATIONALITY/VALUE},
 * {@code INDIVIDUAL_DATE_OF_BIRTH} ({@code DATE}, {@code YEAR} or {@code FROM_YEAR}/{@code TO_YEAR}).
 * <p>
 * Parsed with StAX hardened against XXE and entity expansion (OWASP XML Security Cheat Sheet):
 * no DTD, no external entities; a document carrying a DOCTYPE is refused.
 */
public final class UnConsolidatedXmlMapper implements ListMapper {

    public static final String FILE = "UN_consolidated.xml";
    private static final int MAX_RANGE_YEARS = 10;

    private final String file;

    public UnConsolidatedXmlMapper() {
        this(FILE);
    }

    public UnConsolidatedXmlMapper(String file) {
        this.file = file;
    }

    @Override
    public String list() {
        return "UN";
    }

    @Override
    public boolean present(Path directory) {
        return Files.isRegularFile(directory.resolve(file));
    }

    @Override
    public List<ListEntry> read(Path directory) throws MalformedListException {
        String text = ListFiles.readText(directory.resolve(file));
        List<ListEntry> entries = new ArrayList<>();
        XMLStreamReader reader = null;
        int records = 0;
        try {
            reader = hardenedFactory().createXMLStreamReader(new StringReader(text));
            Deque<Node> open = new ArrayDeque<>();
            boolean rootSeen = false;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new MalformedListException(file, "line " + reader.getLocation().getLineNumber(),
                                "DOCTYPE and entity references are not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = reader.getLocalName();
                        if (!rootSeen) {
                            if (!name.equals("CONSOLIDATED_LIST")) {
                                throw new MalformedListException(file, "line " + reader.getLocation().getLineNumber(),
                                        "root element is " + name + ", expected CONSOLIDATED_LIST");
                            }
                            rootSeen = true;
                        } else if (!open.isEmpty() || name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                            Node node = new Node(name, reader.getLocation().getLineNumber());
                            if (!open.isEmpty()) {
                                open.peek().children.add(node);
                            } else {
                                records++;
                            }
                            open.push(node);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!open.isEmpty()) {
                            Node node = open.pop();
                            if (open.isEmpty()) {
                                entries.add(toEntry(node, records));
                            }
                        }
                    }
                    default -> { }
                }
            }
            if (!rootSeen) {
                throw new MalformedListException(file, "file", "no CONSOLIDATED_LIST element");
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new MalformedListException(file, "line " + line, "not well-formed XML: " + e.getMessage(), e);
        } finally {
            close(reader);
        }
        return entries;
    }

    private ListEntry toEntry(Node node, int index) throws MalformedListException {
        String where = node.name + "[" + index + "] at line " + node.line;
        String dataId = node.text("DATAID");
        if (dataId == null || !dataId.matches("\\d{1,12}")) {
            throw new MalformedListException(file, where + "/DATAID", "missing or not a number: " + dataId);
        }
        boolean individual = node.name.equals("INDIVIDUAL");
        String primary = Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
                .map(node::text).filter(s -> s != null).collect(Collectors.joining(" "));
        if (primary.isBlank()) {
            throw new MalformedListException(file, where + "/FIRST_NAME", "the entry has no name");
        }
        List<String> aliases = new ArrayList<>();
        for (Node alias : node.all(individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            String name = alias.text("ALIAS_NAME");
            if (name != null) {
                aliases.add(name);
            }
        }
        String original = node.text("NAME_ORIGINAL_SCRIPT");
        if (original != null) {
            aliases.add(original);
        }
        Set<String> nationalities = new LinkedHashSet<>();
        for (Node nationality : node.all("NATIONALITY")) {
            for (Node value : nationality.all("VALUE")) {
                Countries.iso3(value.text.toString().trim()).ifPresent(nationalities::add);
            }
        }
        List<PartialDate> birthDates = new ArrayList<>();
        for (Node dob : node.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            birthDates.addAll(birthDates(dob, where));
        }
        List<String> programs = node.text("UN_LIST_TYPE") == null ? List.of() : List.of(node.text("UN_LIST_TYPE"));
        return new ListEntry(list(), dataId, individual ? EntryType.INDIVIDUAL : EntryType.ENTITY, primary,
                aliases, birthDates, nationalities, programs, node.toXml());
    }

    private List<PartialDate> birthDates(Node dob, String where) throws MalformedListException {
        try {
            String date = dob.text("DATE");
            if (date != null) {
                return List.of(PartialDate.of(LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date)));
            }
            String year = dob.text("YEAR");
            if (year != null) {
                return List.of(PartialDate.ofYear(Integer.parseInt(year)));
            }
            String from = dob.text("FROM_YEAR");
            String to = dob.text("TO_YEAR");
            if (from != null && to != null) {
                int a = Integer.parseInt(from);
                int b = Integer.parseInt(to);
                if (b < a || b - a > MAX_RANGE_YEARS) {
                    return List.of(PartialDate.ofYear(a));
                }
                List<PartialDate> years = new ArrayList<>();
                for (int y = a; y <= b; y++) {
                    years.add(PartialDate.ofYear(y));
                }
                return years;
            }
            return List.of();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new MalformedListException(file, where + "/INDIVIDUAL_DATE_OF_BIRTH (line " + dob.line + ")",
                    "invalid date: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // the implementation does not know the property; the DTD switch above already covers it
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }

    /** A record's element tree, small enough to keep per entry while it is mapped. */
    private static final class Node {
        private final String name;
        private final int line;
        private final StringBuilder text = new StringBuilder();
        private final List<Node> children = new ArrayList<>();

        Node(String name, int line) {
            this.name = name;
            this.line = line;
        }

        /** The trimmed text of the first child with that name, or null when absent or empty. */
        String text(String child) {
            for (Node node : children) {
                if (node.name.equals(child)) {
                    String value = node.text.toString().trim();
                    return value.isEmpty() ? null : value;
                }
            }
            return null;
        }

        List<Node> all(String child) {
            return children.stream().filter(n -> n.name.equals(child)).toList();
        }

        String toXml() {
            StringBuilder out = new StringBuilder();
            write(out);
            return out.toString();
        }

        private void write(StringBuilder out) {
            out.append('<').append(name).append('>');
            if (children.isEmpty()) {
                out.append(escape(text.toString().trim()));
            }
            for (Node child : children) {
                child.write(out);
            }
            out.append("</").append(name).append('>');
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
