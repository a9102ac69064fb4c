package org.ekyc.hub.bench.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.ListSnapshot;
import org.ekyc.hub.verification.screening.PartialDate;
import org.ekyc.hub.verification.screening.name.NameNormalizer;
import org.junit.jupiter.api.Test;

/** The criterion of the same listed person across lists, on synthetic entries. */
class SameListedPersonTest {

    private static final NameNormalizer NORMALIZER = new NameNormalizer();
    private static final PartialDate DAY = new PartialDate(1970, 3, 14);

    private static ListEntry entry(String list, String uid, String name, List<String> aliases, PartialDate... dob) {
        return new ListEntry(list, uid, EntryType.INDIVIDUAL, name, aliases, List.of(dob), Set.of(), List.of("TEST"), "");
    }

    private static final ListEntry UN = entry("UN", "1", "SAMIR KARIM HADDAD", List.of("سمير كريم حداد"), DAY);

    @Test
    void sameDayOfBirthFamilyNameAndGivenNameLinkTheTwoLists() {
        ListEntry ofac = entry("OFAC-SDN", "10", "HADDAD, Samir", List.of("ABU KARIM"), DAY);
        assertTrue(SameListedPerson.linked(UN, ofac, NORMALIZER));
        assertTrue(SameListedPerson.linked(ofac, UN, NORMALIZER));
        // the family name may come from a comma-written alias of the OFAC entry
        ListEntry byAlias = entry("OFAC-CONS", "11", "ABU KARIM", List.of("HADDAD, Samir Karim"), DAY,
                PartialDate.ofYear(1969));
        assertTrue(SameListedPerson.linked(UN, byAlias, NORMALIZER));
    }

    @Test
    void aSyllabicGivenNameMayBeJoinedOnOneSideAndApartOnTheOther() {
        ListEntry un = entry("UN", "3", "PAK SONG-MIN", List.of(), DAY);
        assertTrue(SameListedPerson.linked(un, entry("OFAC-SDN", "20", "PAK, Song Min", List.of(), DAY), NORMALIZER));
        ListEntry apart = entry("UN", "4", "PAK SONG MIN", List.of(), DAY);
        assertTrue(SameListedPerson.linked(apart, entry("OFAC-SDN", "21", "PAK, Song-min", List.of(), DAY), NORMALIZER));
        assertFalse(SameListedPerson.linked(apart, entry("OFAC-SDN", "22", "PAK, Chol-min", List.of(), DAY), NORMALIZER));
    }

    @Test
    void sameDayOfBirthWithAnotherFamilyNameIsAnotherPerson() {
        assertFalse(SameListedPerson.linked(UN, entry("OFAC-SDN", "12", "NASSAR, Samir Karim", List.of(), DAY), NORMALIZER));
    }

    @Test
    void sameNameWithAnotherDayOfBirthIsAnotherPerson() {
        assertFalse(SameListedPerson.linked(UN,
                entry("OFAC-SDN", "13", "HADDAD, Samir Karim", List.of(), new PartialDate(1970, 3, 15)), NORMALIZER));
        // a year (or a month) alone never links, even when equal
        ListEntry yearOnly = entry("UN", "2", "SAMIR KARIM HADDAD", List.of(), PartialDate.ofYear(1970));
        assertFalse(SameListedPerson.linked(yearOnly,
                entry("OFAC-SDN", "14", "HADDAD, Samir Karim", List.of(), PartialDate.ofYear(1970)), NORMALIZER));
    }

    @Test
    void aBrotherSharingFamilyNameFathersNameAndDayIsAnotherPerson() {
        // the first given word is the person's own name; the next ones are a father's, which brothers share
        assertFalse(SameListedPerson.linked(UN, entry("OFAC-SDN", "15", "HADDAD, Walid Karim", List.of(), DAY), NORMALIZER));
    }

    @Test
    void onlyUnAgainstOfacIsLinked() {
        ListEntry sdn = entry("OFAC-SDN", "16", "HADDAD, Samir", List.of(), DAY);
        ListEntry cons = entry("OFAC-CONS", "17", "HADDAD, Samir", List.of(), DAY);
        ListEntry pep = entry("PEP", "18", "HADDAD, Samir", List.of(), DAY);
        assertFalse(SameListedPerson.linked(sdn, cons, NORMALIZER));
        assertFalse(SameListedPerson.linked(UN, pep, NORMALIZER));
        ListEntry entity = new ListEntry("OFAC-SDN", "19", EntryType.ENTITY, "HADDAD, Samir", List.of(), List.of(DAY),
                Set.of(), List.of("TEST"), "");
        assertFalse(SameListedPerson.linked(UN, entity, NORMALIZER));
    }

    @Test
    void theLinksOfASnapshotCountAMatchOnTheOtherListsEntryAsTheSamePerson() {
        ListEntry ofac = entry("OFAC-SDN", "10", "HADDAD, Samir", List.of(), DAY);
        ListEntry other = entry("OFAC-SDN", "12", "NASSAR, Samir Karim", List.of(), DAY);
        SameListedPerson same = SameListedPerson.of(
                ListSnapshot.build("test", Instant.EPOCH, List.of(UN, ofac, other), NORMALIZER));
        assertEquals(1, same.pairs());
        assertTrue(same.sameOrLinked("UN:1", "OFAC-SDN:10"));
        assertTrue(same.sameOrLinked("OFAC-SDN:10", "UN:1"));
        assertTrue(same.sameOrLinked("UN:1", "UN:1"));
        assertFalse(same.sameOrLinked("UN:1", "OFAC-SDN:12"));
    }
}
