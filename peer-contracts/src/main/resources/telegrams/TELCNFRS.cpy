      *****************************************************************
      * TELCNFRS - TELECOM IDENTITY CONFIRMATION RESPONSE, TYPE 0210,  *
      *            CARRIER GATEWAY TO HUB. RECORD 210 BYTES.           *
      *            RESP-CODE 0000 VERIFIED (CI AND DI GIVEN),          *
      *            2001 WRONG OTP, 2002 OTP EXPIRED, 2003 UNKNOWN TX,  *
      *            2004 TOO MANY TRIES, 9xxx CARRIER SYSTEM ERROR.     *
      *****************************************************************
       01  TELCNFRS.
           05  HDR.
               10  HDR-TYPE               PIC X(4).
               10  HDR-TX-ID              PIC X(20).
               10  HDR-TIMESTAMP          PIC 9(14).
               10  HDR-RESP-CODE          PIC X(4).
               10  HDR-ORG-CODE           PIC X(8).
           05  RSP-CI                     PIC X(88).
           05  RSP-DI                     PIC X(64).
           05  FILLER                     PIC X(8).
