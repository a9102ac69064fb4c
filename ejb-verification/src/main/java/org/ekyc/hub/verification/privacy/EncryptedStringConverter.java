package org.ekyc.hub.verification.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Seals a personal-data column with {@link PiiCipher} (AES-GCM); the database only sees ciphertext. */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return PiiKeys.cipher().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return PiiKeys.cipher().decrypt(dbData);
    }
}
