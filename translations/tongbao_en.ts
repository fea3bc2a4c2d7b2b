<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>children on file = sum over risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children on file = sum over guardianship types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category holds no more children than are on file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children on file are no more than the category columns together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed files = sum over exit reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits = in person + other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children seen in person are no more than in-person visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue children are no more than children on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports to the police are no more than reports opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every report to the police has its time to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures in force = sum over kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not see safety reports; they are kept for the supervisor, the town and the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to change this ledger. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account (%1) may read and print the register but not change it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account (%1) may not change the ledger&apos;s settings. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account (%1) may not export or import batches. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may manage the ledger&apos;s keys. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may read the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved to the ledger file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords were typed. Wait %n second(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot be used; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was switched off by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account of a ledger must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only administrator; add another before switching this one off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only administrator; add another before changing this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger is encrypted. Log in to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeDecryptor</name>
    <message>
        <source>The encrypted part of the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file encrypted in the age format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file was already opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not encrypted to this ledger&apos;s key; it is meant for someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted part of the file was altered or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted part of the file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted part of the file is incomplete or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeEncryptor</name>
    <message>
        <source>No key to encrypt to was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to encrypt to is not a valid age key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Tongbao: the ledger of children in difficult circumstances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open another ledger file or create a new ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section %1 in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child %1 in this ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the ledger is damaged: its contents no longer match their seal, so they are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent change in the ledger&apos;s log is damaged and is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao will close now. At the next start it checks the whole file and offers the latest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the ledger, so that a copied or lost file reveals nothing without a password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaCodes</name>
    <message>
        <source>%1 (code retired in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened a child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 does not follow the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKey</name>
    <message>
        <source>Choose a password of at least %1 characters to protect the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer does not have enough free memory to protect the backup key; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open the backup key. Use the administrator&apos;s password of the ledger the backup was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key file is damaged or not a backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger already has a backup key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPassword</name>
    <message>
        <source>Administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room to restore the backup next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be decrypted with this ledger&apos;s backup key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged or was altered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key file (%1) is not next to the backup; copy it from the stick the backup came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file to restore to; a backup is not restored onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted; the administrator&apos;s password is needed to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied next to %1. Is there enough free space?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged and was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored file could not be written to the disk completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved aside; is it open in another window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored ledger could not be put in place of %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>A copy of the ledger could not be written to %1 (%2). Is there enough free space?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted backup could not be written to %1. Is the stick full or write-protected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key file could not be written to %1; the backups there can only be restored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to the disk completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not pass its check, so it was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>This ledger does not know where to send batches yet: register the public key of the town (or district) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered key of %1 cannot receive batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger changed while the batch was written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be recorded in the ledger; the file was removed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchImporter</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was made by a newer version of Tongbao. Update Tongbao, then import it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 from %2 does not follow the batch %3 already imported. Two copies of that ledger may be in use; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch holds records this version of Tongbao does not know. Update Tongbao, then import it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch holds information this version of Tongbao does not know. Update Tongbao, then import it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch from %1 holds records that belong to another ledger. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch from %1 would overwrite a record that belongs to another ledger. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history in the batch from %1 does not continue the history received before. Two copies of that ledger may be in use; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history in the batch from %1 differs from the history received before. Two copies of that ledger may be in use; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch from %1 cannot be opened with this ledger&apos;s key: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the batch is not valid; nothing was imported. Ask %1 to export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a complete Tongbao batch: it is damaged, cut short, or something else. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in this batch is damaged. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was signed with a key this ledger does not know. Register the village&apos;s public key first, after comparing its fingerprint with the signed registration sheet. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was signed by %1, which is registered here as the office batches are sent to, not as one that sends them. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch from %1 was altered or damaged after it was signed. Nothing was imported; ask for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is signed, but it is not a batch this version of Tongbao can read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is signed with the key of %1 but says it comes from another ledger. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 was revoked after batch %2; batch %3 is refused. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 from %2 was already imported on %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different batch %1 from %2 was already imported. Two copies of that ledger may be in use; this batch was refused and nothing was imported. Ask the village which computer holds the real ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 from %2 does not belong before the batch %3 already imported. Two copies of that ledger may be in use; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s keys are needed to open the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a town or district ledger imports batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of batch %1 from %2 is valid. Give the password to check its content too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 from %2 is valid and can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch cannot be imported in the middle of other work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be saved in the ledger; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 from %2 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of batch %1 from %2 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>There is no child with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several children have the ID number %1; name the child by its record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child in this ledger has the id or ID number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNotes</name>
    <message>
        <source>Please write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long; please keep it under %2 and put the facts in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the day of the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is after today (%1); please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was written by another office and can only be changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was written by another office and can only be removed there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSheet</name>
    <message>
        <source>Printing the case sheets was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSheetActions</name>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print case sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save case sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the file as last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the child&apos;s file first: the case sheet shows what is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildFileService</name>
    <message>
        <source>This child&apos;s file was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is already on file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child with this ID number is already on file: %1. Open that file instead of making a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on file with the same name and date of birth. Is this a different child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That household is not in this ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildTimeline</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>One line of a child&apos;s history: date, user, what changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <extracomment>A record was added: &quot;Added: Measure “Dibao”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An entry of the history that is not a change (viewed, printed, exported)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One changed field: &quot;Risk level: Medium → High&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the fields changed in one save</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The record changed, then what changed in it: &quot;Measure “Dibao” — Status: Applied → In place&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s household</source>
        <extracomment>A household named by its head: &quot;张三&apos;s household&quot; (张三户)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildValidation</name>
    <message>
        <source>“%1” is not one of the choices; please choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth does not match the ID number, which says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex does not match the ID number, which says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level is from 1 (most severe) to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disability level needs its category; please choose the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level too, as on the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is disabled: choose the category of the disability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number does not start with the child&apos;s ID number; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number says %1; please choose the same category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number says %1; please choose the same level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on record has no reason or date of closing; close the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits (and perhaps - or +); please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area code has 6, 9 or 12 digits; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits are not the code of any county; please check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the child&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The child is %n year(s) old: close the file with the reason “turned 18”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name the illness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened before the child was born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed file needs the reason it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed file needs the date it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was opened on %1; it cannot be closed before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %1 the child was %n year(s) old, not yet 18.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where does this parent work? The city is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age is in whole years, from 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ID number says the caregiver is %n year(s) old.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entrusted care needs the name of the person the child is entrusted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the parents told the committee in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child under 16 may not be left to live alone: arrange a guardian with the town and report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One parent cannot be a guardian; check the guardianship type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the name of the head of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start; please check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the measure ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the measure started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is more than a year ahead; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the department the child is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the day of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is dated before the referral; please check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of the referral?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CipherHeader</name>
    <message>
        <source>This is not an encrypted Tongbao ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger was encrypted by a newer version of Tongbao (format %1). Please update Tongbao; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of this encrypted ledger is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to check the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has as many users as its file can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open this ledger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check a ledger file&apos;s integrity and history; exits 1 if any problem is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one ledger FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No problems found (%n history entries checked).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tongbao-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check ID numbers; prints INPUT, valid|invalid, NUMBER, BIRTH, SEX, REASON per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village, town or district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the unit that keeps the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-digit statistical code of the village or town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded in the history (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one FILE to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --kind, --name and --area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the children of a ledger as TSV or JSON (ID numbers masked unless --full-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; use one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children whose name, ID number or household head contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full ID numbers instead of masked ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active (default: children on file), closed or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this risk level (high, medium, low).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children in this category (a code, e.g. orphan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be tsv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be active, closed or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tongbao-cli VERB [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;tongbao-cli VERB --help&apos; for the options of a verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb; run &apos;tongbao-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the register&apos;s work on FILE (best on a copy made with demo --children 100000) and the same SQL in the sqlite3 program. Prints one line per measurement: median milliseconds of tongbao and of sqlite3, and their ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed runs per measurement (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sqlite3 program to compare with (default: PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print each measurement&apos;s SQL on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs must be from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case sheets of one child, several, or all children on file into a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child: record id or ID number. Repeat for several children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child on file, by village group and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include open safety reports (only for those whose role may see them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write, e.g. &quot;古南街道桥河社区居委会_个案档案表_全部在册儿童_2026-11-29.pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --child ID or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>give the file to write with --out, e.g. --out &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no children on file to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of children to invent (1 to 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the data as if today were this day (YYYY-MM-DD, at 09:00) instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --children N with N from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on must be a calendar date written YYYY-MM-DD, e.g. 2026-11-29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children, %2 households, %3 visits, %4 safety reports, %5 measures, %6 closed files in %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what is due in a ledger: overdue visits, visits due this week, children never seen, 16th and 18th birthdays, measures ending, open safety reports (TSV or JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the lists as at the end of this day (YYYY-MM-DD) instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List suspected duplicate children: one TSV line per group with KIND (id_number or name_birth_date), CHILD IDS, NAMES (comma-separated) and REASON. Exit 0 when there are none, 1 when some were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ledger has no keys yet; run &apos;tongbao-cli keys FILE init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ledger has no keys yet; set TONGBAO_PASSWORD to the password that will protect them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set TONGBAO_PASSWORD to the ledger password to use its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 from %2 (%3), made %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash (BLAKE2b-512 of batch.age): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: batch(es) %1 of this village have not arrived; ask for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 received, %3 new, %4 changed (%5 removed), %6 already held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s files closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) refer to records of a batch that has not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changes since the last batch as a signed, encrypted batch file for the town (needs TONGBAO_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch file to write, or a folder to write it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one ledger FILE and --out PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 written to %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes %1 to %2; %3 record(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a village&apos;s batch file (needs TONGBAO_PASSWORD); a refused batch changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE BATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a ledger FILE and a BATCH file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger:       %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger id:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:  %1 (minisign key id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives at:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write (never replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --out PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set TONGBAO_PASSWORD to the password that will protect the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key written to %1; fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a town or district ledger has an encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key written to %1 (readable only by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ledger spreadsheet (every child on file, one row each) as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx file to write, e.g. &quot;古南街道桥河社区居委会_困境儿童台账_2026-11-29.xlsx&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the children could not be read from the ledger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a town: write a signed receipt for a village (--for SOURCE --out PATH). At a village: show what the town has received (--status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt from the town yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt from %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the town: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town holds different batches under number(s) %1: another copy of this ledger may be sending batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village: its number (trust --list), ledger id or area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the latest receipt says (at a village).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one ledger FILE and either --for SOURCE --out PATH or --status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no village registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt for %1 written to %2: batches %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the town&apos;s signed receipt and show which batches it has received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE RECEIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a ledger FILE and a RECEIPT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt from %1 imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the town holds different batches under number(s) %1: another copy of this ledger may be sending batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the monthly report of a ledger as xlsx, pdf or csv, with its totals checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to report, YYYY-MM (default: the month before this one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx, pdf or csv (default: from the --out file&apos;s suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write. Offices file reports by unit and month, e.g. &quot;古南街道桥河社区居委会_困境儿童月报_2026年11月.xlsx&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the report as at the end of this day (YYYY-MM-DD) instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a ledger FILE and the report kind: FILE monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be xlsx, pdf or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM, e.g. 2026-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: expected %3, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was written, but its totals do not add up; do not hand it in before the ledger is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register (--add), list (--list) or revoke (--revoke) the public keys of other ledgers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches are sent to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches are received from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key file to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the unit, as on the registration sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its 12-digit area code, as on the registration sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the registered keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the key to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last batch signed with that key that is still accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one ledger FILE and one of --add, --list, --revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add needs --name and --area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--revoke ID needs --after-seq N (numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as number %1: %2 (%3, %4); %5.
Fingerprint: %6
Compare it with the fingerprint on the signed registration sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key number %1 revoked: batches after number %2 signed with it are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a batch file (sender, signature; with TONGBAO_PASSWORD also its content) without importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the visit form to carry into the field, for a child or blank, as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in this child&apos;s facts (record id or ID number); repeat for several. Without it the form is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write, e.g. &quot;古南街道桥河社区居委会_走访记录表_空白.pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the filled-in mandatory report form of a safety report as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety report&apos;s record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write, e.g. &quot;古南街道桥河社区居委会_强制报告登记表_王小明_20261129.pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the report with --report ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no safety report %1 in this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a ledger now: beside it (rotated), or --to DIR (a stick), encrypted to the ledger&apos;s backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ledger has no backup key yet; set TONGBAO_PASSWORD to the administrator&apos;s password to make one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the ledger&apos;s backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write an encrypted backup to (a stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes, %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backup removed by rotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a ledger&apos;s backups, newest first (--in DIR for a stick, --check to verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to look in (a stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each plain backup; exits 1 if one is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked, sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a ledger with accounts as NAME (the password comes from TONGBAO_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has user accounts: give your user name with --user NAME (or TONGBAO_USER) and your password in the environment variable TONGBAO_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a ledger with invented demo data. Creates a village ledger (古南街道桥河社区居委会) if FILE does not exist; adds new, different children to an existing ledger. The same --seed and --on on a new file give the same data. A new demo ledger has the accounts admin, supervisor and reviewer, all with the password tongbao-demo. Prints one summary line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check classified protection (分类保障): for every open file, each rule that applies with its state (in_place, in_progress, missing) and the reason, as TSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these rules (ids separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entitlements that are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check as on this day (YYYY-MM-DD) instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this rule-set file instead of the set the ledger&apos;s settings name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the missing entitlements by department and rule to FILE (.xlsx or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule set %1 has no rule &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report must end in .xlsx or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new ledger file (village, town or district); prints the new ledger&apos;s id. With TONGBAO_PASSWORD set, the user (--user) becomes the ledger&apos;s administrator with that password; without it the ledger has no accounts until an administrator is added with &apos;tongbao-cli users&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup to FILE after checking it; a file already there is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file to restore to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one BACKUP and --to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is encrypted; set TONGBAO_PASSWORD to the administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that was there is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n history entries intact.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Manage the ledger&apos;s user accounts: --list, --add NAME --role ROLE, --reset NAME, --disable NAME, --enable NAME, or --passwd (your own). Log in with --user and TONGBAO_PASSWORD; the new password comes from TONGBAO_NEW_PASSWORD. The first account of a ledger must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ledger has no backup key yet, and only an administrator can make it: run this once with --user and the password of an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup key could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a plain, unencrypted copy of an encrypted ledger (administrator; the copy is readable by anyone who gets it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the plain copy (a new file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one ledger FILE and --out PLAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ledger is not encrypted; copy the file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: %1 is NOT encrypted. It holds every child&apos;s name, ID number, address and notes in clear. Keep it off shared computers and USB sticks, and delete it (securely) as soon as the recovery or inspection is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s keys: init, show, export --out PATH (public key file), sheet --out PATH.pdf (key registration sheet to sign and stamp), export-identity --out PATH (a town&apos;s secret age key, for checking by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE init|show|export|export-identity|sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a ledger FILE and one of init, show, export, export-identity, sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is only for export and sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; give another --out PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key registration sheet written to %1; fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an encrypted ledger with its recovery key (TONGBAO_RECOVERY_KEY) and give the administrator --user a new password (TONGBAO_NEW_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set TONGBAO_RECOVERY_KEY to the letters of the recovery key sheet and TONGBAO_NEW_PASSWORD to the administrator&apos;s new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ledger is not encrypted, so it has no recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password; they choose their own at the next login. Print a new recovery key sheet if this one may have been seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key for an encrypted ledger and write its recovery key sheet to --out PATH.pdf, to print and lock away (administrator). The previous recovery key stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one village is registered as &apos;%1&apos;; give its area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no village named or numbered &apos;%1&apos; in this ledger; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the children of this village of a town&apos;s ledger (its registered name or 12-digit area code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the notes in a child&apos;s file, add a note, or remove one of this ledger&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child: record id or ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this note in the child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: the day of the note (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this note (one this ledger wrote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the child with --child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --add or --remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date goes with --add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a day like 2026-11-29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note %1 in this child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on stderr how far the work has got.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo data could not be written (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file cannot be written to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at least one child.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisabilityCertificate</name>
    <message>
        <source>Please enter the disability certificate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disability certificate number has only digits, and perhaps an X as the 18th character; please check for other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disability certificate number has 20 characters: the 18-character ID number, then the category and the level; please check for missing or extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number at the start of the disability certificate number is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 19th character is the category of disability and must be 1 to 7; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 20th character is the level of disability and must be 1 to 4; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ID number at the start of the disability certificate number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>The visit schedule could not be read from the ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>the same ID number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name and date of birth (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children of the ledger could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>The file %1 could not be written completely; nothing was saved under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementCheck</name>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied for, not yet in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred to %1 on %2, no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such measure on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementReport</name>
    <message>
        <source>Children who may be missing an entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2; as of %3; %4 open files checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3 · %4 open files checked, %5 listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n child(ren)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No child on file is missing an entitlement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entitlements</name>
    <message>
        <source>The child&apos;s file could not be read for the entitlement check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not be read for the entitlement check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every measure this rule expects is already on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the entitlement check: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule to refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeProgress</name>
    <message>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardianship records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 into the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting %1 into the batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and saving the batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the batch was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no batch file was written and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeStore</name>
    <message>
        <source>The change could not be recorded in the ledger&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys could not be saved in the ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved in the ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no registered key number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be revoked in the ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file was written, but the ledger could not record it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be recorded in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of the batch could not be written to the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of the batch could not be written to the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeTask</name>
    <message>
        <source>An export or import is still running. Wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarding at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s situation since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father works in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s situation since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother works in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s relation to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee told in writing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child seen in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety report started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>In a sentence about a change: the field had no value (&quot;Risk level: not set → High&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>A yes/no question nobody has answered yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered poor household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>— not filled in —</source>
        <extracomment>The first entry of a drop-down list: nothing chosen yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has only digits, and perhaps an X at the end; please check for other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An X can only be the last character of an 18-digit ID number; please check where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters (old ones have 15); please check for missing or extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a real date; please check characters 7 to 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number is before 1900; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number is in the future; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits are not the code of any county; please check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character is wrong; please check the last character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch(es) %1 from this village have not arrived yet. This batch can be imported; ask the village for the missing ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRegistrationSheet</name>
    <message>
        <source>This ledger has no keys yet, so there is no key to register. Make the ledger&apos;s keys first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySheetOutput</name>
    <message>
        <source>Save the key registration sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key registration sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the key registration sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>This ledger already has its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters to protect the ledger&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer does not have enough free memory to protect the keys; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has no keys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has no signing key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The ledger file has no identity record; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of ledger must be village, town or district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the unit that keeps this ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code must have 12 digits (the statistical code of the village, community or town).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code must start with the 6 digits of a real county or district; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tongbao ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Tongbao ledger. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tongbao (file version %2; this program knows up to %3). Please update Tongbao; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new ledger could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beginning of the encrypted ledger %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger is encrypted. Log in to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerBuild</name>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new ledger could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new ledger could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>children&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety report notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety report steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was at version %1 and was upgraded to version %2 when it was opened for this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked; it may be damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links between records could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in %1 (row %2) refers to a record in %3 that is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) refer to records that are not in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is at version %1, the version this program writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is at version %1, but this program writes version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not marked as a Tongbao ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection that keeps the history from being changed has been removed from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest history entries are missing: the ledger has made %1 changes, but its history ends at change %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history records change %1, but the ledger&apos;s change counter stands at %2; new changes would reuse numbers already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no ledger identity record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1 have no id or no owner ledger; they cannot be sent or received.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 in %2 has change number %3, outside this ledger&apos;s changes 1 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 in %2 was changed (change %3) without an entry in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) have change numbers outside this ledger&apos;s changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) were changed without an entry in the history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of the ledger is damaged: its contents no longer match their seal. Restore the latest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted; every page was decrypted and its seal checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes in children&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerEncryption</name>
    <message>
        <source>The header of the encrypted ledger %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of this encrypted ledger has been changed; it cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copy could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s key is not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slots of the ledger could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger cannot be encrypted in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not be encrypted; it is unchanged. Check the free space on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger is not encrypted (it has no user accounts), so it has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger is not encrypted, so it has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an administrator of this ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerFiles</name>
    <message>
        <source>Tongbao ledgers (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerProbe</name>
    <message>
        <source>The ledger file %1 is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable Tongbao ledger: its beginning is missing or has been overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Tongbao ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tongbao (file version %2; this program knows up to %3). Please update Tongbao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than it should be (%2 of %3 bytes): the end of the file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: SQLite&apos;s check found %n problem(s) in the file&apos;s pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The history in %1 is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted; log in to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beginning of the encrypted ledger %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the ledger %2 is damaged: its contents no longer match their seal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerSheet</name>
    <message>
        <source>The ledger file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The ledger file could not be upgraded to version %1 (%2); it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReconciliation</name>
    <message>
        <source>subtotal = sum over the village&apos;s groups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total = sum over villages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total = the same figure counted directly (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>There is no report yet for %1: the month has not begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report could not be computed: the ledger file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingBatch</name>
    <message>
        <source>The ledger file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyFacts</name>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered poor household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintFonts</name>
    <message>
        <source>Printing needs the program&apos;s display part, which was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Song-style Chinese font for printing was found. Install AR PL UMing (package fonts-arphic-uming) or SimSun, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicKeyCard</name>
    <message>
        <source>This is not a Tongbao public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key in the public key file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key file does not say which ledger it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key file of a town or district has no encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key file of a village must not carry an encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key file was changed after it was made: its fingerprint does not match its keys. Ask for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>There is no village registered as number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a complete Tongbao receipt: it is damaged, cut short, or something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt was signed with a key that is not registered here as the town&apos;s key. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was altered after %1 signed it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt from %1 is meant for another ledger. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>The household could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety report could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>The change could not be saved to the ledger file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists in this ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record belongs to another ledger and can only be changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>No sound backup of this ledger was found in %1. The file was not opened and was not changed; keep it, someone with experience may still be able to rescue its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can update Tongbao, or open the latest backup made by this version, from %1. The newer file is kept beside it unchanged; the changes made in the newer version are not in the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup is from %1. Tongbao can put it in the ledger&apos;s place and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest good backup is from %1. Tongbao can put it in place of this file and open it. The file as it is now is kept beside it, nothing is deleted. Changes made after %1 are not in the backup; enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from %1 is now the ledger %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that had the problem is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>There is no recovery key to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>The document cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ledger spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger spreadsheet was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case sheets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the case sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the case sheets… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case sheets were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print case sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the case sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit form as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit form was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact &quot;%1&quot; is a number: compare it with under, at_most, at_least or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact &quot;%1&quot; cannot be tested this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id must be lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;when&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;facts&quot; must list exactly the facts that &quot;when&quot; reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (at character %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Tongbao rule set (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set has no rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rule set %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set &quot;%1&quot; named in the ledger&apos;s settings is not part of this program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyReportPrinting</name>
    <message>
        <source>Safety report form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the safety report form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the safety report form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyReportSheet</name>
    <message>
        <source>The safety report was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyReports</name>
    <message>
        <source>The safety report cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety reports are not shown to your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety reports are kept by the child-welfare supervisor and the town. Ask them if a child is in danger; in an emergency call 110.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyWorkflow</name>
    <message>
        <source>Choose the child this report is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one of the situations that were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the ticked situations is not in the list (%1). Please tick it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the danger was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the danger was found cannot be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is closed; nothing more can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who was told: the police, the town, or another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how they were told: by phone, in person, in writing or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when they were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time they were told cannot be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time they were told cannot be before the danger was found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of step: emergency handling, assessment and help, or guardianship intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the step cannot be later than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the step cannot be before the danger was found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who carried out the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what came of the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down how the case ended before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to the police has not been recorded. Record it first, or write down why the police were not told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the police were not told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The visit this report comes from was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has already been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit this report comes from is about another child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety report could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety report was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveProblem</name>
    <message>
        <source>The folder %1 does not exist (a USB stick taken out?). Choose another folder and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk where %1 should go is full. Delete files you no longer need, or save on another disk or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced: it is open in another program (such as WPS or Excel) or it is read-only. Close it there and save again, or save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder, such as Documents, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written. Check that the disk is not full and that the file is not open in another program, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Visits for high-risk children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits for medium-risk children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits for low-risk children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-ahead for 16th and 18th birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-ahead for measures that end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of days from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit schedule could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index of the register could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index of the register could not be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedContainer</name>
    <message>
        <source>This file is not a complete Tongbao file of this kind: it is damaged, cut short, or something else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustRegistry</name>
    <message>
        <source>This is this ledger&apos;s own public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file belongs to area %1, not %2. Check that this is the right file and the right area code on the registration sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the unit the key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 ledger does not exchange batches with another %1 ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already registered (number %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 (number %2) is registered as the office batches are sent to. Revoke it first to register another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another key of the same ledger is registered (number %1). Revoke it first, naming the last batch signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last batch to accept must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no registered key number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 was already revoked after batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VillageDirectory</name>
    <message>
        <source>Unregistered unit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDraftStore</name>
    <message>
        <source>The draft does not say which child the visit is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed could not be kept as a draft in the ledger file. Save the visit as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be removed from the ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForms</name>
    <message>
        <source>The visit form cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is no longer in the ledger; it was saved or thrown away meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1, last typed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(child not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were not finished when Tongbao last closed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open them again to finish them? Everything typed was kept. Later, they are on the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>Enter the date of the visit, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit date cannot be later than today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the visit was made: at home, by phone, by video or at school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child is seen in person only at a home visit or at school. Untick “seen in person” or choose another mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next visit must come after this visit (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit belongs to another child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchFigures</name>
    <message>
        <source>The charts could not be drawn: the ledger file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The sheet &quot;%1&quot; could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be filled in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::AccountActions</name>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and access log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::AuditDialog</name>
    <message>
        <source>History and access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::BackupActions</name>
    <message>
        <source>&amp;Backup now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger was backed up to %1.

Tongbao keeps a backup for each of the last 7 days, 4 weeks and 12 months in that folder. To keep a copy away from this computer, use Backup to folder….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups on a stick are encrypted, so that a lost stick shows nothing. Enter the administrator&apos;s password; it will be needed to restore these backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to folder: choose the stick or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backups (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted backup was written to %1, with the key file %2 beside it. Keep both; restoring needs them and the administrator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore: choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.tongbao *.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter the administrator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore: save the ledger as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger that is open cannot be replaced while it is open. Choose another name; the restored ledger will then be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was checked and restored to %1, which is now open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that was there is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups on a stick are encrypted with the ledger&apos;s backup key, which the administrator has not made yet. It is made when the administrator logs in; ask them to log in once, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made on this computer meanwhile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup on this computer could not be made either: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::BasicFactsSection</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou and residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the hukou register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; fills in birth date and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 characters: the ID number, category and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) to type.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongbao::ChangePasswordDialog</name>
    <message>
        <source>The two new passwords differ; type the same twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::ChildFileHeader</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child leaves the register: turned 18, moved away, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the child&apos;s facts; Save stores the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was closed on %1: %2. It stays in the register; reopen it if the child needs looking after again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps this file; changes to it are made there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps this child&apos;s file. %2 can read it here; changes to it are made by %1 and arrive with its next batch. %2 can add its own notes and referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was closed on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::ChildFileWindow</name>
    <message>
        <source>Basic facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this another child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this file only if it is a different child with the same name and date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different child: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a child with this name and date of birth is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child is already on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child — Tongbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Child&apos;s file — Tongbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has changes that are not saved yet. Save them before closing the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this file has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: kept by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps this child&apos;s measures. To refer the child, add a referral under Referrals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::ChildListModel</name>
    <message>
        <source>Risk not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is partly hidden in lists; the child&apos;s file shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village group</source>
        <extracomment>组/社 of the village where the child lives</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (area code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>村（社区）: the village or community whose ledger the child&apos;s file comes from</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::CloseFileDialog</name>
    <message>
        <source>Close the file of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file stays in the register, marked closed, and can be reopened. Visits are no longer due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::EntitlementListDialog</name>
    <message>
        <source>Children who may be missing an entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 open files may be missing an entitlement (%3 in all), by department and rule of %4. Double-click a row to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::EntitlementTile</name>
    <message>
        <source>Entitlements missing</source>
        <extracomment>Workbench count: children who may be missing an entitlement (可能未落实保障)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::EntitlementsSection</name>
    <message>
        <source>Select an entitlement to see where the policy provides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3:&lt;br&gt;“%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the measures, to apply for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement check</source>
        <extracomment>Section of the child&apos;s file: 保障核查</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule of %1 applies to this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 applies %n rule(s) to this child; %2 missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the measure (to apply)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::ExchangePage</name>
    <message>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save public key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key registration sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print key registration sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · area code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ledger&apos;s administrator makes the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has no keys yet. The town needs them to open the batches villages send and to sign its receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has no keys yet. They sign the batches sent to the town, so that the town knows they come from this village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the public key, made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each village the public key file and the signed, stamped registration sheet; the village compares this fingerprint before installing the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the town the public key file and the registration sheet, signed and stamped; the town compares this fingerprint before registering the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the password that will protect this ledger&apos;s keys. It is asked each time a batch or a receipt is made or opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys were made. Save the public key file and print the registration sheet for the other office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key was saved as %1 (fingerprint %2). It holds no secret and no child&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key registration sheet was saved as %1. Print it, sign it and stamp it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::ExchangeProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost done. This last part cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::FilterChipBar</name>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) or more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <extracomment>An age band of the register&apos;s filter, in whole years: &quot;6–11 years&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No visit for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>村（社区）: filter the register of a town by the village the files come from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered unit</source>
        <extracomment>A register filter on a village that is no longer registered</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::GuardianshipSection</name>
    <message>
        <source>Guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city, for work away from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrusted care only: the day the parents told the committee in writing (Law on the Protection of Minors, art. 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::HouseholdPickerDialog</name>
    <message>
        <source>Choose the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the head&apos;s name, the phone, the address or a child&apos;s name. Enter chooses the household selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::HouseholdSection</name>
    <message>
        <source>The child&apos;s household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household already entered, for brothers and sisters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other children of this household who have a file here. Enter or a double-click opens a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child is not linked to a household yet. Choose the household if a brother or sister is on file, or enter a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new household, saved with the child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no head entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Household of %1 · %n child(ren) on file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child is not linked to a household.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::ImportPreviewDialog</name>
    <message>
        <source>Import batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is already in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the batch before importing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (area code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: signed with the registered key of %1, unaltered since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers %1 to %2 of the village&apos;s ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also %n history entries of the village&apos;s ledger, kept apart from the town&apos;s own history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This batch holds no changes this ledger does not already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::KeyPassword</name>
    <message>
        <source>Protect the ledger&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger keys password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the password down and keep it with the ledger&apos;s papers: it cannot be recovered, and without it no batch can be sent or opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked because nobody used it for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo ledger with invented data. Its users are admin, supervisor and reviewer; the password is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator set a new password for you. Choose your own now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (encrypted ledger)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::MainWindow</name>
    <message>
        <source>Children</source>
        <extracomment>Navigation entry: 儿童台账</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledgers opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide names in lists (for screen sharing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tongbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tongbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tongbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao %1

The ledger of children in difficult circumstances, kept by the village or community on this computer, without an internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <extracomment>Navigation entry: 工作台</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <extracomment>Navigation entry: 统计报表</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange</source>
        <extracomment>Navigation entry: 数据交换</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::MeasureDialog</name>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 450.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in yuan, with at most two decimals, e.g. 450.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::MeasuresSection</name>
    <message>
        <source>Measures of protection and assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the child receives or has applied for, and which department is in charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the measure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the measure “%1” from this child&apos;s file? Its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure recorded yet. Add the allowances and help the child receives or has applied for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::NewLedgerWizard</name>
    <message>
        <source>New ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tongbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger keeps the files of the children your unit looks after, in one file on this computer. Create the ledger of your unit to begin. If you already have a ledger file, for example copied from another computer, open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger keeps the files of the children your unit looks after, in one file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages and communities keep the children&apos;s files; towns and districts receive them from the villages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of unit and the area code cannot be changed once the ledger is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name, as on the unit&apos;s official seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 12-digit statistical code of your village, community or town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more digit(s) to type.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to keep the ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name or place; an existing ledger is opened with File → Open ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of this file on a USB stick as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the new ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another place for the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name for this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You log in with this name and password; you can add other users later. Without the password the ledger cannot be opened: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::NoteDialog</name>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next reader of this file should know: a call with the school, what was agreed with the family, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::NotesSection</name>
    <message>
        <source>Notes</source>
        <extracomment>Section of the child&apos;s file: 备注</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next reader of this file should know and no form holds, newest first. Each office changes only the notes it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note yet. A note is for what fits no form: a call with the school, what was agreed with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written at %1: only %1 can change or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this note from the child&apos;s file? Its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::OptionalDateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <extracomment>Placeholder of a date field: how to type a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::RecordDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::RecordListSection</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::RecoveryKeyActions</name>
    <message>
        <source>Print recovery key sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery key sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger is not encrypted, so it has no recovery key. A ledger is encrypted once it has user accounts: add its administrator under Users… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes a new recovery key for this ledger and puts it on a sheet to print.

The recovery key opens the ledger if every password is forgotten. Keep the printed sheet locked away like the key of a safe, apart from this computer: whoever has it and the ledger file can read every child&apos;s record.

The previous recovery key stops working at once. Destroy its sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new recovery key was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key sheet was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key was made, but its sheet could not be saved:
%1

The previous recovery key no longer works. Choose Print recovery key sheet… again and save the sheet in another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key sheet is saved in
%1

Print it now, sign it, and lock the paper away apart from this computer; then delete the PDF file. The previous recovery key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::ReferralsSection</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases passed to a department, and what the department did (one window, joint handling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this referral from the child&apos;s file? Its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1: only %1 can change or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::RegisterKeyDialog</name>
    <message>
        <source>Register a village&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the town&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a village only with the key file and the registration sheet it signed and stamped. Compare the fingerprint below with the sheet, group by group; if one character differs, do not register the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the town&apos;s key from the file the town gave you, and compare its fingerprint with the town&apos;s signed registration sheet. Batches will be locked so that only the town can open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits, as on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the signed sheet, and every group is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao public keys (*.pub *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read, or it is too large to be a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says: %1, %2, area code %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::RegisterPage</name>
    <message>
        <source>Open the child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s register</source>
        <extracomment>Page heading, the same words as the navigation entry (儿童台账)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, ID number or household head (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no children in this ledger yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the first child: New child… (Ctrl+N). A household with several children is entered once and chosen for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new child&apos;s file (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or search by part of the ID number or by the name of the head of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::ReportsPage</name>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month in progress: figures as of today, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (expected %3, found %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals of this report do not add up; do not hand it in before the ledger is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child is on file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <extracomment>Page heading and navigation entry: 统计报表</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to report, typed as 2026-10 or chosen on the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other documents</source>
        <extracomment>Heading: the ledger spreadsheet, case sheets and visit form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger spreadsheet lists every child on file, one row each; case sheets hold each child&apos;s whole file, one child after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ledger &amp;spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;case sheets of all children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print case s&amp;heets of all children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a blank &amp;visit form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print case sheets of all children…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::SafetyBanner</name>
    <message>
        <source>Not yet reported to the police: the danger to %1 was found %2 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n safety report(s) not yet reported to the police (%1); the oldest was found %2 ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Call the police now: 110 or the local police station, then tell the town. Hotlines: 12355, 12338.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the police report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the oldest report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a child and the village that keeps the safety report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the village&apos;s children&apos;s director now and make sure the police (110 or the local station) have been told. Hotlines: 12355, 12338.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the police now: 110 or the local police station. Hotlines: 12355, 12338.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::SafetyReportForm</name>
    <message>
        <source>The safety report was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Is the child safe now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, safe now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, still in danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What was found (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. When and by whom it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen or heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by (name, office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the police were not told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the report first (below the situations); then record here whom you told and what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the child is safe and the steps are done, write how the case ended and close the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the police %1 after it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported to the police yet: %1 since it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 by %2 · %3 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once closed, nothing more can be added to the report about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps this report: the town reads it here, and the village records whom it told and what was done. If the police have not been told, call the village&apos;s children&apos;s director now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: the village closes it when the case has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::TimelineSection</name>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this file and its records, with who made it and when. The history cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::TownExchangePanel</name>
    <message>
        <source>Import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop batch files from the villages here, or choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each batch is checked and shown before anything is written: who sent it, and what it adds or changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages registered with this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No village is registered yet. Register each village with its public key file and its signed, stamped registration sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register village key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked after batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ledger&apos;s administrator manages keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the village&apos;s public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao public keys (*.pub *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is registered. Its batches can now be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao batches (*.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has no keys yet, so it cannot open batches: make them first (above), and give the villages the new public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch from %1 is locked to this ledger&apos;s key. Type the password that protects the keys to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 from %2 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new and %2 changed children, %3 visits, %4 safety reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was revoked: batches after number %1 signed with it will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a key when the village&apos;s computer was lost or its keys were made anew. Batches signed with it up to this number are still accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao receipts (*.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is signed with this ledger&apos;s key. Type the password that protects the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt for %1 was saved as %2: it confirms the batches received, up to number %3. Give it to the village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt for %1 was saved as %2: no batch has been received from it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written while the batch is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the import is complete nothing is changed: if you cancel, the ledger stays as it was and the batch can be imported later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop importing this batch? Nothing will be changed, and what was done so far is undone. You can import the batch again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::UrgentNotice</name>
    <message>
        <source>Still to tell: the town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police have been told. Tell the town or subdistrict office too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the report to the town…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report now: the police have not been told yet (found %1 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Police: call 110, or go to the local police station
• Then tell the town or subdistrict office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotlines for advice: 12355 (youth), 12338 (women and children). If the child is in danger right now, call 110 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the report to the police…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::UsersDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off / on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, must choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password and will be asked to change it at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2. The new role applies from the next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::VillageExchangePanel</name>
    <message>
        <source>The town&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches to the town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · area code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed %1. Batches are locked so that only this town can open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install another town key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No town key is installed yet. Ask the town for its public key file and its signed registration sheet, then install the key here; only then can batches be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the town&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ledger&apos;s administrator installs keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next batch: number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the ledger so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since batch %1 of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children, %2 visits, %3 safety reports, %4 other records, %5 history entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changes %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this ledger&apos;s keys before the first export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the town&apos;s key before the first export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different batch is at the town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received — send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch has been exported from this ledger yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once batches are sent, import the receipts the town gives back to see which of them arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt from the town yet: the town has not confirmed batches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town&apos;s receipt of %1 confirms none of the batches sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town has received up to batch %1 (receipt of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has not reached the town yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches %1 have not reached the town yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every batch sent has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town holds different batches under number(s) %1: another copy of this ledger may be sending batches. Tell the town at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the town&apos;s public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao public keys (*.pub *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 was installed. Batches can now be exported to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has no keys yet: make them first (above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao batches (*.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is signed with this ledger&apos;s key. Type the password that protects the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was saved as %2: %3 children, %4 visits, %5 safety reports, %6 records in all. Only %7 can open it. Take it to the town or send it, then import the town&apos;s receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the town&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongbao receipts (*.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of %1 from %2 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cancel, no batch file is left behind and the next export starts from the same changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::VisitEntryForm</name>
    <message>
        <source>The visit was not found in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child seen in &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Normal” is chosen already; change only what was not. Arrow keys move between the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guardianship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems, needs and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems &amp;found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs of the child and family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions &amp;taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next visit on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian has &amp;confirmed this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety: problem. If the child is harmed, suspected harmed or in danger, report it at once: start a safety report now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start safety report now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start safety report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc closes · the draft is kept as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due %1, %n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Proposed by the schedule: every %n day(s) for this child (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit recorded yet: this is the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed from the draft kept earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit to %1 on %2 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the visit form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit to %1 has not been saved. You can keep what you typed as a draft and finish it later, or throw it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what I typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::VisitsSection</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visits recorded for this child, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::WorkbenchCharts</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children on file: largest categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per month (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits overdue by village group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits overdue by village</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visits overdue: the %n villages with most</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not known</source>
        <extracomment>A bar of the town&apos;s overdue chart for children whose village is not known</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::WorkbenchPage</name>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <extracomment>Page heading and navigation entry: 工作台</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16th / 18th birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open safety reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · found %3 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · police told after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n follow-up step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all %1 open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today and the six days after, soonest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit is due in the next seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files with no visit in person since they were opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child has been visited in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>16th and 18th birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at 16 a child may not be left to live alone; at 18 the file is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 16th or 18th birthday in the coming days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew them, or record that they ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure ends in the coming days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as they were typed; open one to finish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit is waiting to be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open safety reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest first; reports the police have not heard of come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety report is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not told yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>村（社区） in the workbench&apos;s lists of a town</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Where a child lives in a town&apos;s lists: the village, then its group (桥河村 2组)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongbao::cli</name>
    <message>
        <source>List the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account named NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the new account: administrator, supervisor, reviewer or town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for NAME (administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the account NAME off (administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the account NAME on again (administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one ledger FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --list, --add, --reset, --disable, --enable, --passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --role administrator, supervisor, reviewer or town with --add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the new password in the environment variable TONGBAO_NEW_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write the sheet to (never replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --out PATH.pdf for the recovery key sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; give another --out PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ledger is not encrypted, so it has no recovery key; a ledger is encrypted once it has user accounts (tongbao-cli users FILE --add NAME --role administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new recovery key was made, but its sheet could not be written (%1). The previous recovery key no longer works: run recovery-key again with another --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key sheet written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous recovery key of this ledger no longer works: destroy its sheet. Print this one, lock it away apart from this computer, and then delete the PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
