      *****************************************************************
      * TELOTPRS - TELECOM IDENTITY OTP RESPONSE, TYPE 0110,           *
      *            CARRIER GATEWAY TO HUB. RECORD 80 BYTES.            *
      *            RESP-CODE 0000 OTP SENT, 1001 NO SUBSCRIBER,        *
      *            1002 IDENTITY MISMATCH, 1003 OTHER CARRIER,         *
      *            9xxx CARRIER SYSTEM ERROR.                          *
      *****************************************************************
       01  TELOTPRS.
           05  HDR.
               10  HDR-TYPE               PIC X(4).
               10  HDR-TX-ID              PIC X(20).
               10  HDR-TIMESTAMP          PIC 9(14).
               10  HDR-RESP-CODE          PIC X(4).
               10  HDR-ORG-CODE           PIC X(8).
           05  RSP-OTP-VALID-SECONDS      PIC 9(3).
           05  FILLER                     PIC X(27).
