      *****************************************************************
      * ACCTRSP  - CORE BANKING REPLY TO ACCTOPEN. RECORD LENGTH 80.   *
      *            RETURN CODE 00 OPENED, OTHER = NOT OPENED.          *
      *****************************************************************
       01  ACCTRSP.
           05  ACCTRSP-CASE-ID            PIC X(36).
           05  ACCTRSP-RETURN-CODE        PIC 9(2).
           05  ACCTRSP-ACCOUNT-NO         PIC X(14).
           05  ACCTRSP-OPENED-DATE        PIC 9(8).
           05  ACCTRSP-BALANCE            PIC S9(13)V99 COMP-3.
           05  FILLER                     PIC X(12).
