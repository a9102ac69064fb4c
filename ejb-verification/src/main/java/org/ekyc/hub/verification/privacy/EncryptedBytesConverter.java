package org.ekyc.hub.verification.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Base64;

/** Seals binary personal data (e.g. a face template) with {@link PiiCipher}, stored as text. */
@Converter
public class EncryptedBytesConverter implements AttributeConverter<byte[], String> {

    @Override
    public String convertToDatabaseColumn(byte[] attribute) {
        return attribute == null ? null : PiiKeys.cipher().encrypt(Base64.getEncoder().encodeToString(attribute));
    }

    @Override
    public byte[] convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Base64.getDecoder().decode(PiiKeys.cipher().decrypt(dbData));
    }
}
