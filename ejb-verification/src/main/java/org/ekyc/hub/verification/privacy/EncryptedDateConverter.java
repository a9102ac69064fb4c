package org.ekyc.hub.verification.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/** Seals a personal-data date (e.g. date of birth) as ISO-8601 text with {@link PiiCipher}. */
@Converter
public class EncryptedDateConverter implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate attribute) {
        return attribute == null ? null : PiiKeys.cipher().encrypt(attribute.toString());
    }

    @Override
    public LocalDate convertToEntityAttribute(String dbData) {
        return dbData == null ? null : LocalDate.parse(PiiKeys.cipher().decrypt(dbData));
    }
}
