package org.ekyc.hub.verification.screening.list;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.ListMapper;
import org.ekyc.hub.verification.screening.MalformedListException;

/**
 * OFAC's legacy delimited format (the SDN list and the Consolidated non-SDN list use the same
 * layout; see OFAC "SDN and Consolidated List file formats" / {@code dat_spec.txt}):
 * <ul>
 *   <li>primary file, 12 columns: {@code ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
 *       Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks};</li>
 *   <li>alternate names, 5 columns: {@code ent_num, alt_num, alt_type (aka|fka|nka), alt_name, alt_remarks};</li>
 *   <li>addresses, 6 columns: {@code ent_num, add_num, address, city/state/postal, country, add_remarks};</li>
 *   <li>comments (SDN only), 2 columns: {@code ent_num, remarks overflow} appended to the primary's remarks.</li>
 * </ul>
 * {@code -0-} marks an empty field; files end with a DOS end-of-file mark. Every reference must
 * resolve to a primary record and every record must have its column count, else the list is refused.
 */
public final class OfacCsvMapper implements ListMapper {

    private static final String NULL = "-0-";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String list;
    private final String primaryFile;
    private final String aliasFile;
    private final String addressFile;
    private final String commentsFile;

    public OfacCsvMapper(String list, String primaryFile, String aliasFile, String addressFile, String commentsFile) {
        this.list = list;
        this.primaryFile = primaryFile;
        this.aliasFile = aliasFile;
        this.addressFile = addressFile;
        this.commentsFile = commentsFile;
    }

    /** The SDN list: {@code sdn.csv}, {@code alt.csv}, {@code add.csv}, {@code sdn_comments.csv}. */
    public static OfacCsvMapper sdn() {
        return new OfacCsvMapper("OFAC-SDN", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");
    }

    /** The Consolidated (non-SDN) list: {@code cons_prim.csv}, {@code cons_alt.csv}, {@code cons_add.csv}. */
    public static OfacCsvMapper consolidated() {
        return new OfacCsvMapper("OFAC-CONS", "cons_prim.csv", "cons_alt.csv", "cons_add.csv", null);
    }

    @Override
    public String list() {
        return list;
    }

    @Override
    public boolean present(Path directory) {
        return Files.isRegularFile(directory.resolve(primaryFile));
    }

    @Override
    public List<ListEntry> read(Path directory) throws MalformedListException {
        Map<String, Primary> primaries = new LinkedHashMap<>();
        for (Row row : rows(directory, primaryFile, 12)) {
            String entNum = entNum(row, primaryFile);
            String name = value(row.fields[1]);
            if (name == null) {
                throw new MalformedListException(primaryFile, row.location(), "SDN_Name is empty");
            }
            if (primaries.put(entNum, new Primary(row, name)) != null) {
                throw new MalformedListException(primaryFile, row.location(), "duplicate ent_num " + entNum);
            }
        }
        for (Row row : rows(directory, aliasFile, 5)) {
            Primary primary = resolve(primaries, row, aliasFile);
            String alias = value(row.fields[3]);
            if (alias == null) {
                throw new MalformedListException(aliasFile, row.location(), "alt_name is empty");
            }
            primary.aliases.add(alias);
            primary.raw.append("\nalt: ").append(row.text());
        }
        for (Row row : rows(directory, addressFile, 6)) {
            Primary primary = resolve(primaries, row, addressFile);
            primary.raw.append("\nadd: ").append(row.text());
        }
        if (commentsFile != null && Files.isRegularFile(directory.resolve(commentsFile))) {
            for (Row row : rows(directory, commentsFile, 2)) {
                Primary primary = resolve(primaries, row, commentsFile);
                primary.remarks.append(row.fields[1]);
                primary.raw.append("\ncomments: ").append(row.text());
            }
        }
        List<ListEntry> entries = new ArrayList<>(primaries.size());
        for (Map.Entry<String, Primary> e : primaries.entrySet()) {
            entries.add(e.getValue().toEntry(list, e.getKey()));
        }
        return entries;
    }

    private static Primary resolve(Map<String, Primary> primaries, Row row, String file)
            throws MalformedListException {
        Primary primary = primaries.get(entNum(row, file));
        if (primary == null) {
            throw new MalformedListException(file, row.location(), "ent_num " + row.fields[0] + " has no primary record");
        }
        return primary;
    }

    private static String entNum(Row row, String file) throws MalformedListException {
        String value = row.fields[0].trim();
        if (!value.matches("\\d{1,9}")) {
            throw new MalformedListException(file, row.location(), "ent_num is not a number: '" + value + "'");
        }
        return value;
    }

    private static String value(String field) {
        String trimmed = field.trim();
        return trimmed.isEmpty() || trimmed.equals(NULL) ? null : trimmed;
    }

    private static List<Row> rows(Path directory, String file, int columns) throws MalformedListException {
        Path path = directory.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new MalformedListException(file, "file", "missing from " + directory);
        }
        String text = ListFiles.readText(path);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long startLine = 1;
            for (CSVRecord record = ListFiles.nextRecord(records, parser, file, "OFAC CSV"); record != null;
                    record = ListFiles.nextRecord(records, parser, file, "OFAC CSV")) {
                Row row = new Row(startLine, record.values());
                if (row.fields.length != columns) {
                    throw new MalformedListException(file, row.location(),
                            "expected " + columns + " columns, found " + row.fields.length);
                }
                rows.add(row);
                startLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new MalformedListException(file, "file", "cannot be parsed: " + e.getMessage(), e);
        }
        return rows;
    }

    private record Row(long line, String[] fields) {
        String location() {
            return "line " + line;
        }

        String text() {
            return String.join("|", Arrays.asList(fields));
        }
    }

    private static final class Primary {
        private final Row row;
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private final StringBuilder remarks;
        private final StringBuilder raw;

        Primary(Row row, String name) {
            this.row = row;
            this.name = name;
            String r = value(row.fields[11]);
            this.remarks = new StringBuilder(r == null ? "" : r);
            this.raw = new StringBuilder(row.text());
        }

        ListEntry toEntry(String list, String entNum) {
            String text = remarks.toString();
            String program = value(row.fields[3]);
            List<String> programs = program == null ? List.of()
                    : Arrays.stream(program.split("\\]\\s*\\[|\\s*;\\s*"))
                        .map(p -> p.replaceAll("[\\[\\]]", "").trim()).filter(p -> !p.isEmpty()).toList();
            Set<String> nationalities = OfacRemarks.nationalities(text);
            return new ListEntry(list, entNum, type(row.fields[2]), name, aliases,
                    OfacRemarks.birthDates(text), nationalities, programs, raw.toString());
        }

        private static EntryType type(String field) {
            String type = value(field);
            if (type == null) {
                return EntryType.ENTITY;
            }
            return switch (type) {
                case "individual" -> EntryType.INDIVIDUAL;
                case "vessel" -> EntryType.VESSEL;
                case "aircraft" -> EntryType.AIRCRAFT;
                default -> EntryType.ENTITY;
            };
        }
    }
}
