package org.ekyc.hub.verification.screening.list;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.ListMapper;
import org.ekyc.hub.verification.screening.MalformedListException;
import org.ekyc.hub.verification.screening.PartialDate;

/**
 * Politically exposed persons from {@code pep.csv} (format in docs/screening.md): UTF-8,
 * RFC 4180, this header exactly:
 * {@code id,full_name,aliases,birth_date,nationality,position,country}; aliases and nationalities
 * separated by {@code |}; birth date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD};
 * countries ISO 3166-1 alpha-3. PEPs are screened with the same matcher as sanctions (FATF
 * Recommendation 12); a PEP match makes the case ENHANCED, it is not a prohibition.
 */
public final class PepCsvMapper implements ListMapper {

    public static final String FILE = "pep.csv";
    static final String[] HEADER = {"id", "full_name", "aliases", "birth_date", "nationality", "position", "country"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    @Override
    public String list() {
        return "PEP";
    }

    @Override
    public boolean present(Path directory) {
        return Files.isRegularFile(directory.resolve(FILE));
    }

    @Override
    public List<ListEntry> read(Path directory) throws MalformedListException {
        String text = ListFiles.readText(directory.resolve(FILE));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<ListEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long line = 1;
            boolean header = true;
            for (CSVRecord record = ListFiles.nextRecord(records, parser, FILE, "CSV"); record != null;
                    record = ListFiles.nextRecord(records, parser, FILE, "CSV")) {
                String[] f = record.values();
                String where = "line " + line;
                line = parser.getCurrentLineNumber() + 1;
                if (header) {
                    if (!Arrays.equals(Arrays.stream(f).map(String::trim).toArray(), HEADER)) {
                        throw new MalformedListException(FILE, where, "header must be " + String.join(",", HEADER));
                    }
                    header = false;
                    continue;
                }
                entries.add(entry(f, where, ids));
            }
        } catch (IOException e) {
            throw new MalformedListException(FILE, "file", "cannot be parsed: " + e.getMessage(), e);
        }
        return entries;
    }

    private static ListEntry entry(String[] f, String where, Set<String> ids) throws MalformedListException {
        if (f.length != HEADER.length) {
            throw new MalformedListException(FILE, where, "expected " + HEADER.length + " columns, found " + f.length);
        }
        String id = f[0].trim();
        String name = f[1].trim();
        if (id.isEmpty() || name.isEmpty()) {
            throw new MalformedListException(FILE, where, "id and full_name are required");
        }
        if (!ids.add(id)) {
            throw new MalformedListException(FILE, where, "duplicate id " + id);
        }
        List<PartialDate> dates = new ArrayList<>();
        String dob = f[3].trim();
        if (!dob.isEmpty()) {
            try {
                String[] parts = dob.split("-");
                if (parts.length > 3 || !dob.matches("\\d{4}(-\\d{2}){0,2}")) {
                    throw new IllegalArgumentException("not YYYY, YYYY-MM or YYYY-MM-DD");
                }
                dates.add(new PartialDate(Integer.parseInt(parts[0]),
                        parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                        parts.length > 2 ? Integer.parseInt(parts[2]) : 0));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new MalformedListException(FILE, where, "birth_date '" + dob + "': " + e.getMessage(), e);
            }
        }
        Set<String> nationalities = new HashSet<>();
        for (String code : split(f[4])) {
            if (!code.matches("[A-Z]{3}")) {
                throw new MalformedListException(FILE, where, "nationality '" + code + "' is not ISO 3166-1 alpha-3");
            }
            nationalities.add(code);
        }
        String country = f[6].trim();
        if (!country.isEmpty() && !country.matches("[A-Z]{3}")) {
            throw new MalformedListException(FILE, where, "country '" + country + "' is not ISO 3166-1 alpha-3");
        }
        List<String> programs = f[5].isBlank() ? List.of() : List.of(f[5].trim() + (country.isEmpty() ? "" : " (" + country + ")"));
        return new ListEntry("PEP", id, EntryType.INDIVIDUAL, name, split(f[2]), dates, nationalities, programs,
                String.join(",", f));
    }

    private static List<String> split(String field) {
        return Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
