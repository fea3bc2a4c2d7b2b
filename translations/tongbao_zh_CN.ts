<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <source>children on file = sum over risk levels</source>
        <translation>在册儿童数 = 各风险等级之和</translation>
    </message>
    <message>
        <source>children on file = sum over guardianship types</source>
        <translation>在册儿童数 = 各监护类型之和</translation>
    </message>
    <message>
        <source>a category holds no more children than are on file (%1)</source>
        <translation>任一类别人数不超过在册儿童数（%1）</translation>
    </message>
    <message>
        <source>children on file are no more than the category columns together</source>
        <translation>在册儿童数不超过各类别人数之和</translation>
    </message>
    <message>
        <source>closed files = sum over exit reasons</source>
        <translation>退出人数 = 各退出原因之和</translation>
    </message>
    <message>
        <source>visits = in person + other</source>
        <translation>走访次数 = 入户见面 + 其他方式</translation>
    </message>
    <message>
        <source>children seen in person are no more than in-person visits</source>
        <translation>见面走访儿童数不超过见面走访次数</translation>
    </message>
    <message>
        <source>overdue children are no more than children on file</source>
        <translation>逾期未走访儿童数不超过在册儿童数</translation>
    </message>
    <message>
        <source>reports to the police are no more than reports opened</source>
        <translation>已报警数不超过新发强制报告数</translation>
    </message>
    <message>
        <source>every report to the police has its time to report</source>
        <translation>每起报警均有报告用时</translation>
    </message>
    <message>
        <source>measures in force = sum over kinds</source>
        <translation>在保措施数 = 各类措施之和</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>儿童主任</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>查阅人员</translation>
    </message>
    <message>
        <source>town officer</source>
        <translation>街镇工作人员</translation>
    </message>
    <message>
        <source>Your account may not see safety reports; they are kept for the supervisor, the town and the administrator.</source>
        <translation>您的账户不能查看强制报告；强制报告仅供儿童主任、街镇和管理员查看。</translation>
    </message>
    <message>
        <source>Log in to change this ledger. Nothing was changed.</source>
        <translation>请登录后再修改本台账。未做任何改动。</translation>
    </message>
    <message>
        <source>Your account (%1) may read and print the register but not change it. Nothing was changed.</source>
        <translation>您的账户（%1）可以查阅和打印台账，但不能修改。未做任何改动。</translation>
    </message>
    <message>
        <source>Your account (%1) may not change the ledger's settings. Nothing was changed.</source>
        <translation>您的账户（%1）不能修改台账设置。未做任何改动。</translation>
    </message>
    <message>
        <source>Your account (%1) may not export or import batches. Nothing was changed.</source>
        <translation>您的账户（%1）不能导出或导入批次。未做任何改动。</translation>
    </message>
    <message>
        <source>Only an administrator may manage the ledger's keys. Nothing was changed.</source>
        <translation>只有管理员可以管理台账密钥。未做任何改动。</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts. Nothing was changed.</source>
        <translation>只有管理员可以管理用户账户。未做任何改动。</translation>
    </message>
    <message>
        <source>Only an administrator may read the access log.</source>
        <translation>只有管理员可以查看访问日志。</translation>
    </message>
    <message>
        <source>Your account may not do this. Nothing was changed.</source>
        <translation>您的账户无权执行此操作。未做任何改动。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The change could not be saved to the ledger file. Nothing was changed.</source>
        <translation>无法将改动保存到台账文件。未做任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords were typed. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>密码输错次数过多。请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>（未知用户）</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>This account cannot be used; ask the administrator.</source>
        <translation>该账户无法使用，请联系管理员。</translation>
    </message>
    <message>
        <source>The account %1 was switched off by the administrator.</source>
        <translation>账户 %1 已被管理员停用。</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>当前没有用户登录。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name can have at most %1 characters.</source>
        <translation>用户名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A user name cannot contain invisible characters.</source>
        <translation>用户名不能包含不可见字符。</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
    <message>
        <source>The first account of a ledger must be an administrator.</source>
        <translation>台账的第一个账户必须是管理员。</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>已有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>%1 is the only administrator; add another before switching this one off.</source>
        <translation>%1 是唯一的管理员；请先添加另一名管理员，再停用该账户。</translation>
    </message>
    <message>
        <source>%1 is the only administrator; add another before changing this role.</source>
        <translation>%1 是唯一的管理员；请先添加另一名管理员，再更改其角色。</translation>
    </message>
    <message>
        <source>This ledger is encrypted. Log in to open it.</source>
        <translation>本台账已加密，请登录后打开。</translation>
    </message>
</context>
<context>
    <name>AgeDecryptor</name>
    <message>
        <source>The encrypted part of the file is damaged.</source>
        <translation>文件的加密部分已损坏。</translation>
    </message>
    <message>
        <source>This is not a file encrypted in the age format.</source>
        <translation>这不是 age 格式的加密文件。</translation>
    </message>
    <message>
        <source>The encrypted file was already opened.</source>
        <translation>加密文件已经打开。</translation>
    </message>
    <message>
        <source>The file was not encrypted to this ledger's key; it is meant for someone else.</source>
        <translation>该文件不是用本台账的密钥加密的，它是发给别人的。</translation>
    </message>
    <message>
        <source>The encrypted part of the file was altered or is damaged.</source>
        <translation>文件的加密部分被改动或已损坏。</translation>
    </message>
    <message>
        <source>The encrypted part of the file is incomplete.</source>
        <translation>文件的加密部分不完整。</translation>
    </message>
    <message>
        <source>The encrypted file is not open.</source>
        <translation>加密文件未打开。</translation>
    </message>
    <message>
        <source>The encrypted part of the file is incomplete or was altered.</source>
        <translation>文件的加密部分不完整或被改动。</translation>
    </message>
</context>
<context>
    <name>AgeEncryptor</name>
    <message>
        <source>No key to encrypt to was given.</source>
        <translation>没有给出加密用的密钥。</translation>
    </message>
    <message>
        <source>The key to encrypt to is not a valid age key.</source>
        <translation>加密用的密钥不是有效的 age 密钥。</translation>
    </message>
    <message>
        <source>The encrypted file could not be written: %1</source>
        <translation>加密文件无法写入：%1</translation>
    </message>
    <message>
        <source>The encrypted file is not open for writing.</source>
        <translation>加密文件未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Tongbao: the ledger of children in difficult circumstances.</source>
        <translation>童保台账：困境儿童信息台账。</translation>
    </message>
    <message>
        <source>The ledger file to open.</source>
        <translation>要打开的台账文件。</translation>
    </message>
    <message>
        <source>Open ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <source>The ledger cannot be opened</source>
        <translation>无法打开台账</translation>
    </message>
    <message>
        <source>You can open another ledger file or create a new ledger.</source>
        <translation>您可以打开另一个台账文件，或新建台账。</translation>
    </message>
    <message>
        <source>Open another ledger…</source>
        <translation>打开其他台账…</translation>
    </message>
    <message>
        <source>Create a new ledger…</source>
        <translation>新建台账…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1.</source>
        <translation>图片无法保存到 %1。</translation>
    </message>
    <message>
        <source>No section %1 in the window.</source>
        <translation>窗口中没有“%1”栏目。</translation>
    </message>
    <message>
        <source>No child %1 in this ledger.</source>
        <translation>本台账中没有儿童 %1。</translation>
    </message>
    <message>
        <source>The ledger is damaged</source>
        <translation>台账已损坏</translation>
    </message>
    <message>
        <source>Page %1 of the ledger is damaged: its contents no longer match their seal, so they are not shown.</source>
        <translation>台账第 %1 页已损坏：其内容与校验值不再相符，因此不予显示。</translation>
    </message>
    <message>
        <source>A recent change in the ledger's log is damaged and is not shown.</source>
        <translation>台账修改记录中最近的一条变动已损坏，不予显示。</translation>
    </message>
    <message>
        <source>Tongbao will close now. At the next start it checks the whole file and offers the latest good backup.</source>
        <translation>童保台账现在将关闭。下次启动时会检查整个文件，并提供最新的完好备份。</translation>
    </message>
    <message>
        <source>Encrypting the ledger, so that a copied or lost file reveals nothing without a password…</source>
        <translation>正在加密台账，这样文件即使被复制或丢失，没有密码也无法读取任何内容…</translation>
    </message>
    <message>
        <source>Encrypting the ledger</source>
        <translation>正在加密台账</translation>
    </message>
</context>
<context>
    <name>AreaCodes</name>
    <message>
        <source>%1 (code retired in %2)</source>
        <translation>%1（该代码已于%2年停用）</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>opened a child's file</source>
        <translation>打开儿童档案</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>history: %1</source>
        <translation>修改记录：%1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取修改记录：%1</translation>
    </message>
    <message>
        <source>History entry %1 is missing.</source>
        <translation>第 %1 条修改记录缺失。</translation>
    </message>
    <message>
        <source>History entry %1 does not follow the entry before it.</source>
        <translation>第 %1 条修改记录与上一条接不上。</translation>
    </message>
    <message>
        <source>History entry %1 was altered after it was written.</source>
        <translation>第 %1 条修改记录在写入后被改动过。</translation>
    </message>
</context>
<context>
    <name>BackupKey</name>
    <message>
        <source>Choose a password of at least %1 characters to protect the backups.</source>
        <translation>请设置至少 %1 个字符的密码来保护备份。</translation>
    </message>
    <message>
        <source>The computer does not have enough free memory to protect the backup key; close other programs and try again.</source>
        <translation>电脑可用内存不足，无法保护备份密钥；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The password does not open the backup key. Use the administrator's password of the ledger the backup was made from.</source>
        <translation>该密码无法打开备份密钥。请使用生成该备份的台账的管理员密码。</translation>
    </message>
    <message>
        <source>The backup key file is damaged or not a backup key.</source>
        <translation>备份密钥文件已损坏，或不是备份密钥。</translation>
    </message>
    <message>
        <source>This ledger already has a backup key.</source>
        <translation>本台账已有备份密钥。</translation>
    </message>
</context>
<context>
    <name>BackupPassword</name>
    <message>
        <source>Administrator's password</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>请再次输入相同的密码。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>无法读取备份 %1。</translation>
    </message>
    <message>
        <source>No room to restore the backup next to %1.</source>
        <translation>%1 所在位置空间不足，无法恢复备份。</translation>
    </message>
    <message>
        <source>The backup cannot be decrypted with this ledger's backup key: %1</source>
        <translation>无法用本台账的备份密钥解密该备份：%1</translation>
    </message>
    <message>
        <source>The backup is damaged or was altered: %1</source>
        <translation>备份已损坏或被改动过：%1</translation>
    </message>
    <message>
        <source>The backup key file (%1) is not next to the backup; copy it from the stick the backup came from.</source>
        <translation>备份旁边没有备份密钥文件（%1）；请从存放该备份的U盘上复制过来。</translation>
    </message>
    <message>
        <source>The backup %1 is not there.</source>
        <translation>找不到备份 %1。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Choose another file to restore to; a backup is not restored onto itself.</source>
        <translation>请选择另一个文件作为恢复目标；不能将备份恢复到其自身。</translation>
    </message>
    <message>
        <source>This backup is encrypted; the administrator's password is needed to restore it.</source>
        <translation>该备份已加密；恢复时需要管理员密码。</translation>
    </message>
    <message>
        <source>The backup could not be copied next to %1. Is there enough free space?</source>
        <translation>无法将备份复制到 %1 所在位置。磁盘空间是否足够？</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>无法恢复备份：%1</translation>
    </message>
    <message>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>备份已损坏，未予恢复：%1</translation>
    </message>
    <message>
        <source>The restored file could not be written to the disk completely.</source>
        <translation>恢复的文件未能完整写入磁盘。</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; is it open in another window?</source>
        <translation>无法将 %1 移到一旁；它是否在另一个窗口中打开？</translation>
    </message>
    <message>
        <source>The restored ledger could not be put in place of %1; nothing was changed.</source>
        <translation>无法用恢复的台账替换 %1；未做任何改动。</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>A copy of the ledger could not be written to %1 (%2). Is there enough free space?</source>
        <translation>无法将台账副本写入 %1（%2）。磁盘空间是否足够？</translation>
    </message>
    <message>
        <source>The encrypted backup could not be written to %1. Is the stick full or write-protected?</source>
        <translation>无法将加密备份写入 %1。U盘是否已满或处于写保护状态？</translation>
    </message>
    <message>
        <source>The backup key file could not be written to %1; the backups there can only be restored on this computer.</source>
        <translation>无法将备份密钥文件写入 %1；该处的备份只能在本电脑上恢复。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup could not be written to the disk completely.</source>
        <translation>备份未能完整写入磁盘。</translation>
    </message>
    <message>
        <source>The backup did not pass its check, so it was not kept: %1</source>
        <translation>备份未通过校验，未予保留：%1</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>无法将备份命名为 %1。</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>This ledger does not know where to send batches yet: register the public key of the town (or district) first.</source>
        <translation>本台账还不知道向哪里报送：请先登记街镇（或区县）的公钥。</translation>
    </message>
    <message>
        <source>The registered key of %1 cannot receive batches.</source>
        <translation>已登记的 %1 的公钥不能接收批次。</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>已存在名为 %1 的文件，请换一个名称。</translation>
    </message>
    <message>
        <source>The ledger is busy; try again in a moment.</source>
        <translation>台账正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The ledger file could not be read.</source>
        <translation>无法读取台账文件。</translation>
    </message>
    <message>
        <source>The ledger's history could not be read.</source>
        <translation>无法读取台账的修改记录。</translation>
    </message>
    <message>
        <source>The batch file could not be written to %1.</source>
        <translation>批次文件无法写入 %1。</translation>
    </message>
    <message>
        <source>The ledger changed while the batch was written; try again.</source>
        <translation>写批次期间台账发生了变动，请重试。</translation>
    </message>
    <message>
        <source>The batch could not be recorded in the ledger; the file was removed. Try again.</source>
        <translation>批次无法记入台账，文件已删除。请重试。</translation>
    </message>
</context>
<context>
    <name>BatchImporter</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>This batch was made by a newer version of Tongbao. Update Tongbao, then import it again. Nothing was imported.</source>
        <translation>该批次由更新版本的童保台账生成。请升级童保台账后再导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>Batch %1 from %2 does not follow the batch %3 already imported. Two copies of that ledger may be in use; nothing was imported.</source>
        <translation>来自 %2 的第 %1 批与已导入的第 %3 批接不上。可能有该台账的两个副本在使用；未导入任何内容。</translation>
    </message>
    <message>
        <source>This batch holds records this version of Tongbao does not know. Update Tongbao, then import it again. Nothing was imported.</source>
        <translation>该批次含有本版本童保台账不认识的记录。请升级后再导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>This batch holds information this version of Tongbao does not know. Update Tongbao, then import it again. Nothing was imported.</source>
        <translation>该批次含有本版本童保台账不认识的信息。请升级后再导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>The batch from %1 holds records that belong to another ledger. Nothing was imported.</source>
        <translation>来自 %1 的批次含有属于其他台账的记录。未导入任何内容。</translation>
    </message>
    <message>
        <source>The batch from %1 would overwrite a record that belongs to another ledger. Nothing was imported.</source>
        <translation>来自 %1 的批次会覆盖属于其他台账的记录。未导入任何内容。</translation>
    </message>
    <message>
        <source>The history in the batch from %1 does not continue the history received before. Two copies of that ledger may be in use; nothing was imported.</source>
        <translation>来自 %1 的批次中的修改记录与之前收到的接不上。可能有该台账的两个副本在使用；未导入任何内容。</translation>
    </message>
    <message>
        <source>The history in the batch from %1 differs from the history received before. Two copies of that ledger may be in use; nothing was imported.</source>
        <translation>来自 %1 的批次中的修改记录与之前收到的不一致。可能有该台账的两个副本在使用；未导入任何内容。</translation>
    </message>
    <message>
        <source>The batch from %1 cannot be opened with this ledger's key: %2 Nothing was imported.</source>
        <translation>无法用本台账的密钥打开来自 %1 的批次：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>The content of the batch is not valid; nothing was imported. Ask %1 to export again.</source>
        <translation>批次内容无效，未导入任何内容。请 %1 重新导出。</translation>
    </message>
    <message>
        <source>This file is not a complete Tongbao batch: it is damaged, cut short, or something else. Nothing was imported.</source>
        <translation>该文件不是完整的童保台账批次：已损坏、不完整或是其他文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>The signature in this batch is damaged. Nothing was imported.</source>
        <translation>该批次的签名已损坏。未导入任何内容。</translation>
    </message>
    <message>
        <source>This batch was signed with a key this ledger does not know. Register the village's public key first, after comparing its fingerprint with the signed registration sheet. Nothing was imported.</source>
        <translation>该批次的签名密钥未在本台账登记。请先核对签章登记表上的指纹，再登记该村（居）的公钥。未导入任何内容。</translation>
    </message>
    <message>
        <source>This batch was signed by %1, which is registered here as the office batches are sent to, not as one that sends them. Nothing was imported.</source>
        <translation>该批次由 %1 签名，而 %1 在此登记为接收报送的单位，不是报送单位。未导入任何内容。</translation>
    </message>
    <message>
        <source>The batch from %1 was altered or damaged after it was signed. Nothing was imported; ask for a new copy.</source>
        <translation>来自 %1 的批次在签名后被改动或损坏。未导入任何内容；请索取新的副本。</translation>
    </message>
    <message>
        <source>This file is signed, but it is not a batch this version of Tongbao can read. Nothing was imported.</source>
        <translation>该文件有签名，但不是本版本童保台账能读取的批次。未导入任何内容。</translation>
    </message>
    <message>
        <source>The batch is signed with the key of %1 but says it comes from another ledger. Nothing was imported.</source>
        <translation>该批次用 %1 的密钥签名，却声称来自另一个台账。未导入任何内容。</translation>
    </message>
    <message>
        <source>The key of %1 was revoked after batch %2; batch %3 is refused. Nothing was imported.</source>
        <translation>%1 的公钥在第 %2 批之后已吊销；拒收第 %3 批。未导入任何内容。</translation>
    </message>
    <message>
        <source>Batch %1 from %2 was already imported on %3; nothing was changed.</source>
        <translation>来自 %2 的第 %1 批已于 %3 导入过，未做任何改动。</translation>
    </message>
    <message>
        <source>A different batch %1 from %2 was already imported. Two copies of that ledger may be in use; this batch was refused and nothing was imported. Ask the village which computer holds the real ledger.</source>
        <translation>已导入过来自 %2 的另一个第 %1 批。可能有该台账的两个副本在使用；本批次被拒收，未导入任何内容。请向该村（居）确认哪台电脑上的是正式台账。</translation>
    </message>
    <message>
        <source>Batch %1 from %2 does not belong before the batch %3 already imported. Two copies of that ledger may be in use; nothing was imported.</source>
        <translation>来自 %2 的第 %1 批不应在已导入的第 %3 批之前。可能有该台账的两个副本在使用；未导入任何内容。</translation>
    </message>
    <message>
        <source>The ledger's keys are needed to open the batch.</source>
        <translation>打开批次需要台账的密钥。</translation>
    </message>
    <message>
        <source>Only a town or district ledger imports batches.</source>
        <translation>只有街镇或区县台账才导入批次。</translation>
    </message>
    <message>
        <source>The signature of batch %1 from %2 is valid. Give the password to check its content too.</source>
        <translation>来自 %2 的第 %1 批签名有效。提供密码可同时检查其内容。</translation>
    </message>
    <message>
        <source>Batch %1 from %2 is valid and can be imported.</source>
        <translation>来自 %2 的第 %1 批有效，可以导入。</translation>
    </message>
    <message>
        <source>A batch cannot be imported in the middle of other work.</source>
        <translation>其他操作进行中，不能导入批次。</translation>
    </message>
    <message>
        <source>The ledger is busy; try again in a moment.</source>
        <translation>台账正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The batch could not be saved in the ledger; nothing was imported.</source>
        <translation>批次无法保存到台账，未导入任何内容。</translation>
    </message>
    <message>
        <source>Batch %1 from %2 was imported.</source>
        <translation>已导入来自 %2 的第 %1 批。</translation>
    </message>
    <message>
        <source>The signature of batch %1 from %2 is valid.</source>
        <translation>来自 %2 的第 %1 批签名有效。</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>There is no child with the id %1.</source>
        <translation>没有编号为 %1 的儿童。</translation>
    </message>
    <message>
        <source>Several children have the ID number %1; name the child by its record id.</source>
        <translation>有多名儿童的身份证号为 %1；请用记录编号指定儿童。</translation>
    </message>
    <message>
        <source>No child in this ledger has the id or ID number %1.</source>
        <translation>本台账中没有编号或身份证号为 %1 的儿童。</translation>
    </message>
</context>
<context>
    <name>CaseNotes</name>
    <message>
        <source>Please write the note.</source>
        <translation>请填写备注内容。</translation>
    </message>
    <message>
        <source>The note is %1 characters long; please keep it under %2 and put the facts in the form.</source>
        <translation>备注有 %1 个字，请控制在 %2 字以内，具体情况请填在表格中。</translation>
    </message>
    <message>
        <source>Please enter the day of the note.</source>
        <translation>请填写备注日期。</translation>
    </message>
    <message>
        <source>The day is after today (%1); please check it.</source>
        <translation>日期晚于今天（%1），请核对。</translation>
    </message>
    <message>
        <source>This note was written by another office and can only be changed there.</source>
        <translation>这条备注由其他单位填写，只能由该单位修改。</translation>
    </message>
    <message>
        <source>The child's file was not found.</source>
        <translation>未找到该儿童档案。</translation>
    </message>
    <message>
        <source>This note was written by another office and can only be removed there.</source>
        <translation>这条备注由其他单位填写，只能由该单位删除。</translation>
    </message>
</context>
<context>
    <name>CaseSheet</name>
    <message>
        <source>Printing the case sheets was cancelled.</source>
        <translation>已取消打印个案档案表。</translation>
    </message>
</context>
<context>
    <name>CaseSheetActions</name>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print case sheet…</source>
        <translation>打印个案档案表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save case sheet as PDF…</source>
        <translation>将个案档案表另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Prints the file as last saved</source>
        <translation>按最后保存的内容打印档案</translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation>个案档案表</translation>
    </message>
    <message>
        <source>Save the child's file first: the case sheet shows what is saved.</source>
        <translation>请先保存儿童档案：个案档案表显示的是已保存的内容。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>ChildFileService</name>
    <message>
        <source>This child's file was deleted.</source>
        <translation>该儿童档案已删除。</translation>
    </message>
    <message>
        <source>This ID number is already on file: %1.</source>
        <translation>该身份证号已在册：%1。</translation>
    </message>
    <message>
        <source>A child with this ID number is already on file: %1. Open that file instead of making a second one.</source>
        <translation>已有该身份证号的儿童在册：%1。请打开该档案，不要重复建档。</translation>
    </message>
    <message>
        <source>%1 is already on file with the same name and date of birth. Is this a different child?</source>
        <translation>%1 已在册，姓名和出生日期相同。这是另一名儿童吗？</translation>
    </message>
    <message>
        <source>The child's file could not be saved. Nothing was changed.</source>
        <translation>儿童档案未能保存，未做任何改动。</translation>
    </message>
    <message>
        <source>That household is not in this ledger.</source>
        <translation>该家庭不在本台账中。</translation>
    </message>
    <message>
        <source>The child's file was not found.</source>
        <translation>找不到该儿童档案。</translation>
    </message>
</context>
<context>
    <name>ChildTimeline</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>One line of a child's history: date, user, what changed</extracomment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Measure “%1”</source>
        <translation>保障措施“%1”</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>转介至%1</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>%1的走访</translation>
    </message>
    <message>
        <source>Household member %1</source>
        <translation>家庭成员%1</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>监护情况</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Opened the file</source>
        <translation>建立档案</translation>
    </message>
    <message>
        <source>Entered the household</source>
        <translation>录入家庭</translation>
    </message>
    <message>
        <source>Recorded the guardianship</source>
        <translation>登记监护情况</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <extracomment>A record was added: "Added: Measure “Dibao”"</extracomment>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Deleted the file</source>
        <translation>删除档案</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An entry of the history that is not a change (viewed, printed, exported)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One changed field: "Risk level: Medium → High"</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the fields changed in one save</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The record changed, then what changed in it: "Measure “Dibao” — Status: Applied → In place"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1's household</source>
        <extracomment>A household named by its head: "张三's household" (张三户)</extracomment>
        <translation>%1家</translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation>%1的备注</translation>
    </message>
</context>
<context>
    <name>ChildValidation</name>
    <message>
        <source>“%1” is not one of the choices; please choose from the list.</source>
        <translation>“%1”不在可选项中，请从列表中选择。</translation>
    </message>
    <message>
        <source>This date is in the future; please check it.</source>
        <translation>该日期晚于今天，请核对。</translation>
    </message>
    <message>
        <source>The date of birth does not match the ID number, which says %1.</source>
        <translation>出生日期与身份证号不符，身份证号显示为 %1。</translation>
    </message>
    <message>
        <source>The sex does not match the ID number, which says %1.</source>
        <translation>性别与身份证号不符，身份证号显示为%1。</translation>
    </message>
    <message>
        <source>The level is from 1 (most severe) to 4.</source>
        <translation>残疾等级为一级（最重）至四级。</translation>
    </message>
    <message>
        <source>A disability level needs its category; please choose the category.</source>
        <translation>填写残疾等级时须选择残疾类别。</translation>
    </message>
    <message>
        <source>Choose the level too, as on the certificate.</source>
        <translation>请按残疾人证选择残疾等级。</translation>
    </message>
    <message>
        <source>The child is disabled: choose the category of the disability.</source>
        <translation>该儿童有残疾：请选择残疾类别。</translation>
    </message>
    <message>
        <source>The certificate number does not start with the child's ID number; please check it.</source>
        <translation>残疾人证号的前18位与儿童身份证号不一致，请核对。</translation>
    </message>
    <message>
        <source>The certificate number says %1; please choose the same category.</source>
        <translation>残疾人证号显示为%1，请选择相同的类别。</translation>
    </message>
    <message>
        <source>The certificate number says %1; please choose the same level.</source>
        <translation>残疾人证号显示为%1，请选择相同的等级。</translation>
    </message>
    <message>
        <source>A file on record has no reason or date of closing; close the file instead.</source>
        <translation>在册档案不填退出原因和日期；如需退出，请使用“退出”。</translation>
    </message>
    <message>
        <source>A phone number has only digits (and perhaps - or +); please check it.</source>
        <translation>电话号码只含数字（可含 - 或 +），请核对。</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits; please check it.</source>
        <translation>电话号码为7至15位数字，请核对。</translation>
    </message>
    <message>
        <source>An area code has 6, 9 or 12 digits; please check it.</source>
        <translation>区划代码为6、9或12位数字，请核对。</translation>
    </message>
    <message>
        <source>The first six digits are not the code of any county; please check them.</source>
        <translation>前六位不是任何县级行政区划代码，请核对。</translation>
    </message>
    <message>
        <source>Please enter the child's name.</source>
        <translation>请填写儿童姓名。</translation>
    </message>
    <message numerus="yes">
        <source>The child is %n year(s) old: close the file with the reason “turned 18”.</source>
        <translation>
            <numerusform>该儿童已满 %n 周岁：请以“年满18周岁”为由退出档案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the illness.</source>
        <translation>请填写所患疾病。</translation>
    </message>
    <message>
        <source>The file cannot be opened before the child was born.</source>
        <translation>建档日期不能早于出生日期。</translation>
    </message>
    <message>
        <source>A closed file needs the reason it was closed.</source>
        <translation>退出档案须填写退出原因。</translation>
    </message>
    <message>
        <source>A closed file needs the date it was closed.</source>
        <translation>退出档案须填写退出日期。</translation>
    </message>
    <message>
        <source>The file was opened on %1; it cannot be closed before that.</source>
        <translation>档案建于 %1，退出日期不能早于此日。</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the child was %n year(s) old, not yet 18.</source>
        <translation>
            <numerusform>%1 时该儿童 %n 周岁，未满18周岁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Where does this parent work? The city is enough.</source>
        <translation>在哪里务工？填到市即可。</translation>
    </message>
    <message>
        <source>The age is in whole years, from 0 to 120.</source>
        <translation>年龄按周岁填写，0至120。</translation>
    </message>
    <message numerus="yes">
        <source>The ID number says the caregiver is %n year(s) old.</source>
        <translation>
            <numerusform>身份证号显示照料人为 %n 岁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Entrusted care needs the name of the person the child is entrusted to.</source>
        <translation>委托照护须填写被委托人的姓名。</translation>
    </message>
    <message>
        <source>Enter the day the parents told the committee in writing.</source>
        <translation>请填写父母书面告知村（居）委会的日期。</translation>
    </message>
    <message>
        <source>A child under 16 may not be left to live alone: arrange a guardian with the town and report it.</source>
        <translation>不得让未满16周岁的儿童脱离监护单独生活：请与街镇落实监护人并报告。</translation>
    </message>
    <message>
        <source>One parent cannot be a guardian; check the guardianship type.</source>
        <translation>该父（母）不能履行监护职责，请核对监护类型。</translation>
    </message>
    <message>
        <source>Please enter the name of the head of the household.</source>
        <translation>请填写户主姓名。</translation>
    </message>
    <message>
        <source>Please enter the member's name.</source>
        <translation>请填写家庭成员姓名。</translation>
    </message>
    <message>
        <source>Please choose the measure.</source>
        <translation>请选择保障措施。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The end is before the start; please check the dates.</source>
        <translation>结束日期早于开始日期，请核对。</translation>
    </message>
    <message>
        <source>Enter the day the measure ended.</source>
        <translation>请填写措施终止日期。</translation>
    </message>
    <message>
        <source>Enter the day the measure started.</source>
        <translation>请填写措施开始日期。</translation>
    </message>
    <message>
        <source>The start is more than a year ahead; please check the year.</source>
        <translation>开始日期在一年以后，请核对年份。</translation>
    </message>
    <message>
        <source>Please choose the department the child is referred to.</source>
        <translation>请选择转介的部门。</translation>
    </message>
    <message>
        <source>Please enter the day of the referral.</source>
        <translation>请填写转介日期。</translation>
    </message>
    <message>
        <source>The outcome is dated before the referral; please check the dates.</source>
        <translation>办理结果日期早于转介日期，请核对。</translation>
    </message>
    <message>
        <source>What came of the referral?</source>
        <translation>转介的办理结果是什么？</translation>
    </message>
</context>
<context>
    <name>CipherHeader</name>
    <message>
        <source>This is not an encrypted Tongbao ledger.</source>
        <translation>这不是加密的童保台账。</translation>
    </message>
    <message>
        <source>This ledger was encrypted by a newer version of Tongbao (format %1). Please update Tongbao; the file was not changed.</source>
        <translation>本台账由更新版本的童保台账加密（格式 %1）。请升级童保台账；文件未做任何改动。</translation>
    </message>
    <message>
        <source>The header of this encrypted ledger is damaged.</source>
        <translation>该加密台账的文件头已损坏。</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password.</source>
        <translation>内存不足，无法核验密码。</translation>
    </message>
    <message>
        <source>This ledger has as many users as its file can hold.</source>
        <translation>本台账的用户数已达到文件所能容纳的上限。</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>This recovery key does not open this ledger.</source>
        <translation>该恢复密钥无法打开本台账。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check a ledger file's integrity and history; exits 1 if any problem is found.</source>
        <translation>检查台账文件的完整性和修改记录；发现问题时以 1 退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>give exactly one ledger FILE</source>
        <translation>请只给出一个台账文件</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>No problems found (%n history entries checked).</source>
        <translation>
            <numerusform>未发现问题（已检查 %n 条修改记录）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Usage: tongbao-cli %1</source>
        <translation>用法：tongbao-cli %1</translation>
    </message>
    <message>
        <source>Check ID numbers; prints INPUT, valid|invalid, NUMBER, BIRTH, SEX, REASON per line.</source>
        <translation>检查身份证号；每行输出：输入、valid|invalid、号码、出生日期、性别、原因。</translation>
    </message>
    <message>
        <source>NUMBER...</source>
        <translation>号码...</translation>
    </message>
    <message>
        <source>give at least one ID number</source>
        <translation>请至少给出一个身份证号</translation>
    </message>
    <message>
        <source>village, town or district.</source>
        <translation>village（村/居委会）、town（街镇）或 district（区县）。</translation>
    </message>
    <message>
        <source>Name of the unit that keeps the ledger.</source>
        <translation>保管台账的单位名称。</translation>
    </message>
    <message>
        <source>12-digit statistical code of the village or town.</source>
        <translation>村或街镇的12位统计用区划代码。</translation>
    </message>
    <message>
        <source>Name recorded in the history (default: $USER).</source>
        <translation>记入修改记录的用户名（默认：$USER）。</translation>
    </message>
    <message>
        <source>give exactly one FILE to create</source>
        <translation>请只给出一个要新建的文件</translation>
    </message>
    <message>
        <source>give --kind, --name and --area</source>
        <translation>请给出 --kind、--name 和 --area</translation>
    </message>
    <message>
        <source>List the children of a ledger as TSV or JSON (ID numbers masked unless --full-id).</source>
        <translation>以 TSV 或 JSON 列出台账中的儿童（身份证号部分隐藏，除非用 --full-id）。</translation>
    </message>
    <message>
        <source>unknown %1 '%2'; use one of: %3</source>
        <translation>未知的%1“%2”；可用：%3</translation>
    </message>
    <message>
        <source>Only children whose name, ID number or household head contains TEXT.</source>
        <translation>只列出姓名、身份证号或户主含有该文字的儿童。</translation>
    </message>
    <message>
        <source>tsv (default) or json.</source>
        <translation>tsv（默认）或 json。</translation>
    </message>
    <message>
        <source>Show full ID numbers instead of masked ones.</source>
        <translation>显示完整身份证号。</translation>
    </message>
    <message>
        <source>active (default: children on file), closed or all.</source>
        <translation>active（默认：在册）、closed（退出）或 all（全部）。</translation>
    </message>
    <message>
        <source>Only this risk level (high, medium, low).</source>
        <translation>只列出该风险等级（high、medium、low）。</translation>
    </message>
    <message>
        <source>Only children in this category (a code, e.g. orphan).</source>
        <translation>只列出该类别的儿童（类别代码，例如 orphan）。</translation>
    </message>
    <message>
        <source>--format must be tsv or json</source>
        <translation>--format 须为 tsv 或 json</translation>
    </message>
    <message>
        <source>--status must be active, closed or all</source>
        <translation>--status 须为 active、closed 或 all</translation>
    </message>
    <message>
        <source>Usage: tongbao-cli VERB [options] [arguments]</source>
        <translation>用法：tongbao-cli 命令 [选项] [参数]</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run 'tongbao-cli VERB --help' for the options of a verb.</source>
        <translation>运行“tongbao-cli 命令 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>unknown verb; run 'tongbao-cli --help'</source>
        <translation>未知命令；请运行“tongbao-cli --help”</translation>
    </message>
    <message>
        <source>Time the register's work on FILE (best on a copy made with demo --children 100000) and the same SQL in the sqlite3 program. Prints one line per measurement: median milliseconds of tongbao and of sqlite3, and their ratio.</source>
        <translation>测量台账在该文件上的各项操作用时（最好用 demo --children 100000 生成的副本），并与 sqlite3 程序执行相同 SQL 比较。每项输出一行：童保台账与 sqlite3 的中位毫秒数及其比值。</translation>
    </message>
    <message>
        <source>Timed runs per measurement (default 15).</source>
        <translation>每项测量的次数（默认 15）。</translation>
    </message>
    <message>
        <source>The sqlite3 program to compare with (default: PATH).</source>
        <translation>用于比较的 sqlite3 程序（默认：从 PATH 查找）。</translation>
    </message>
    <message>
        <source>Also print each measurement's SQL on stderr.</source>
        <translation>同时在标准错误输出每项测量的 SQL。</translation>
    </message>
    <message>
        <source>--runs must be from 1 to 1000</source>
        <translation>--runs 须在 1 至 1000 之间</translation>
    </message>
    <message>
        <source>Print the case sheets of one child, several, or all children on file into a PDF.</source>
        <translation>将一名、多名或全部在册儿童的个案档案表输出为 PDF。</translation>
    </message>
    <message>
        <source>The child: record id or ID number. Repeat for several children.</source>
        <translation>儿童：记录编号或身份证号。多名儿童可重复此选项。</translation>
    </message>
    <message>
        <source>Every child on file, by village group and name.</source>
        <translation>全部在册儿童，按组/社和姓名排序。</translation>
    </message>
    <message>
        <source>Include open safety reports (only for those whose role may see them).</source>
        <translation>包括处理中的强制报告（仅限有权查看的角色）。</translation>
    </message>
    <message>
        <source>The PDF to write, e.g. "古南街道桥河社区居委会_个案档案表_全部在册儿童_2026-11-29.pdf".</source>
        <translation>要写入的 PDF，例如“古南街道桥河社区居委会_个案档案表_全部在册儿童_2026-11-29.pdf”。</translation>
    </message>
    <message>
        <source>give either --child ID or --all</source>
        <translation>请给出 --child 编号 或 --all</translation>
    </message>
    <message>
        <source>the ledger file could not be read</source>
        <translation>无法读取台账文件</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n 名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>give the file to write with --out, e.g. --out "%1"</source>
        <translation>请用 --out 给出要写入的文件，例如 --out "%1"</translation>
    </message>
    <message>
        <source>there are no children on file to print</source>
        <translation>没有可打印的在册儿童</translation>
    </message>
    <message>
        <source>Number of children to invent (1 to 1000000).</source>
        <translation>要虚构的儿童人数（1 至 1000000）。</translation>
    </message>
    <message>
        <source>Seed of the random data (default 1).</source>
        <translation>随机数据的种子（默认 1）。</translation>
    </message>
    <message>
        <source>Make the data as if today were this day (YYYY-MM-DD, at 09:00) instead of now.</source>
        <translation>以该日（YYYY-MM-DD，09:00）为“今天”生成数据，而不是现在。</translation>
    </message>
    <message>
        <source>give --children N with N from 1 to %1</source>
        <translation>请给出 --children N，N 在 1 至 %1 之间</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed 须为整数</translation>
    </message>
    <message>
        <source>--on must be a calendar date written YYYY-MM-DD, e.g. 2026-11-29</source>
        <translation>--on 须为 YYYY-MM-DD 格式的日期，例如 2026-11-29</translation>
    </message>
    <message>
        <source>%1 children, %2 households, %3 visits, %4 safety reports, %5 measures, %6 closed files in %7 s</source>
        <translation>%1 名儿童，%2 户家庭，%3 次走访，%4 份强制报告，%5 项措施，%6 份退出档案，用时 %7 秒</translation>
    </message>
    <message>
        <source>List what is due in a ledger: overdue visits, visits due this week, children never seen, 16th and 18th birthdays, measures ending, open safety reports (TSV or JSON).</source>
        <translation>列出台账中的待办：逾期走访、本周应走访、从未见面走访的儿童、年满16和18周岁、即将到期的措施、处理中的强制报告（TSV 或 JSON）。</translation>
    </message>
    <message>
        <source>Compute the lists as at the end of this day (YYYY-MM-DD) instead of now.</source>
        <translation>以该日（YYYY-MM-DD）结束时计算，而不是现在。</translation>
    </message>
    <message>
        <source>List suspected duplicate children: one TSV line per group with KIND (id_number or name_birth_date), CHILD IDS, NAMES (comma-separated) and REASON. Exit 0 when there are none, 1 when some were found.</source>
        <translation>列出疑似重复的儿童：每组一行 TSV，包括类型（id_number 或 name_birth_date）、儿童编号、姓名（逗号分隔）和原因。没有时以 0 退出，发现时以 1 退出。</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>this ledger has no keys yet; run 'tongbao-cli keys FILE init'</source>
        <translation>本台账还没有密钥；请运行“tongbao-cli keys 文件 init”</translation>
    </message>
    <message>
        <source>this ledger has no keys yet; set TONGBAO_PASSWORD to the password that will protect them</source>
        <translation>本台账还没有密钥；请将 TONGBAO_PASSWORD 设为保护密钥的密码</translation>
    </message>
    <message>
        <source>set TONGBAO_PASSWORD to the ledger password to use its keys</source>
        <translation>请将 TONGBAO_PASSWORD 设为台账密码以使用其密钥</translation>
    </message>
    <message>
        <source>Batch %1 from %2 (%3), made %4</source>
        <translation>批次 %1，来自 %2（%3），生成于 %4</translation>
    </message>
    <message>
        <source>Hash (BLAKE2b-512 of batch.age): %1</source>
        <translation>校验值（batch.age 的 BLAKE2b-512）：%1</translation>
    </message>
    <message>
        <source>Gap: batch(es) %1 of this village have not arrived; ask for them</source>
        <translation>缺号：该村的第 %1 批尚未收到；请向其索取</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 new, %4 changed (%5 removed), %6 already held</source>
        <translation>%1：收到 %2 条，新增 %3 条，更新 %4 条（删除 %5 条），已有 %6 条</translation>
    </message>
    <message>
        <source>Children's files closed: %1</source>
        <translation>退出的儿童档案：%1</translation>
    </message>
    <message>
        <source>%1 record(s) refer to records of a batch that has not arrived</source>
        <translation>%1 条记录引用了尚未收到的批次中的记录</translation>
    </message>
    <message>
        <source>Write the changes since the last batch as a signed, encrypted batch file for the town (needs TONGBAO_PASSWORD).</source>
        <translation>将上次报送以来的变动写成签名加密的批次文件，报送街镇（需要 TONGBAO_PASSWORD）。</translation>
    </message>
    <message>
        <source>Batch file to write, or a folder to write it in.</source>
        <translation>要写入的批次文件，或存放它的文件夹。</translation>
    </message>
    <message>
        <source>give one ledger FILE and --out PATH</source>
        <translation>请给出一个台账文件和 --out 路径</translation>
    </message>
    <message>
        <source>Batch %1 written to %2 for %3</source>
        <translation>第 %1 批已写入 %2，接收方：%3</translation>
    </message>
    <message>
        <source>Changes %1 to %2; %3 record(s):</source>
        <translation>变动 %1 至 %2；共 %3 条记录：</translation>
    </message>
    <message>
        <source>Import a village's batch file (needs TONGBAO_PASSWORD); a refused batch changes nothing.</source>
        <translation>导入村（居）报送的批次文件（需要 TONGBAO_PASSWORD）；被拒收的批次不做任何改动。</translation>
    </message>
    <message>
        <source>FILE BATCH</source>
        <translation>文件 批次</translation>
    </message>
    <message>
        <source>give a ledger FILE and a BATCH file</source>
        <translation>请给出台账文件和批次文件</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Ledger:       %1 (%2, %3)</source>
        <translation>台账：    %1（%2，%3）</translation>
    </message>
    <message>
        <source>Ledger id:    %1</source>
        <translation>台账编号：%1</translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation>指纹：    %1</translation>
    </message>
    <message>
        <source>Signing key:  %1 (minisign key id %2)</source>
        <translation>签名公钥：%1（minisign 密钥编号 %2）</translation>
    </message>
    <message>
        <source>Receives at:  %1</source>
        <translation>接收公钥：%1</translation>
    </message>
    <message>
        <source>File to write (never replaced).</source>
        <translation>要写入的文件（不会覆盖已有文件）。</translation>
    </message>
    <message>
        <source>give --out PATH</source>
        <translation>请给出 --out 路径</translation>
    </message>
    <message>
        <source>set TONGBAO_PASSWORD to the password that will protect the keys</source>
        <translation>请将 TONGBAO_PASSWORD 设为保护密钥的密码</translation>
    </message>
    <message>
        <source>Public key written to %1; fingerprint %2</source>
        <translation>公钥已写入 %1；指纹 %2</translation>
    </message>
    <message>
        <source>only a town or district ledger has an encryption key</source>
        <translation>只有街镇或区县台账有加密密钥</translation>
    </message>
    <message>
        <source>Secret key written to %1 (readable only by you)</source>
        <translation>私钥已写入 %1（仅您本人可读）</translation>
    </message>
    <message>
        <source>Write the ledger spreadsheet (every child on file, one row each) as .xlsx.</source>
        <translation>导出台账表格（每名在册儿童一行）为 .xlsx。</translation>
    </message>
    <message>
        <source>The .xlsx file to write, e.g. "古南街道桥河社区居委会_困境儿童台账_2026-11-29.xlsx".</source>
        <translation>要写入的 .xlsx 文件，例如“古南街道桥河社区居委会_困境儿童台账_2026-11-29.xlsx”。</translation>
    </message>
    <message>
        <source>the children could not be read from the ledger file</source>
        <translation>无法从台账文件读取儿童信息</translation>
    </message>
    <message>
        <source>At a town: write a signed receipt for a village (--for SOURCE --out PATH). At a village: show what the town has received (--status).</source>
        <translation>在街镇：为某村开具签名回执（--for 来源 --out 路径）。在村（居）：查看街镇已收到的批次（--status）。</translation>
    </message>
    <message>
        <source>Batches sent: %1</source>
        <translation>已报送批次：%1</translation>
    </message>
    <message>
        <source>No receipt from the town yet.</source>
        <translation>尚未收到街镇回执。</translation>
    </message>
    <message>
        <source>Receipt from %1 of %2</source>
        <translation>%1 于 %2 开具的回执</translation>
    </message>
    <message>
        <source>Received by the town: %1</source>
        <translation>街镇已收到：%1</translation>
    </message>
    <message>
        <source>Not received: %1</source>
        <translation>未收到：%1</translation>
    </message>
    <message>
        <source>The town holds different batches under number(s) %1: another copy of this ledger may be sending batches.</source>
        <translation>街镇收到的第 %1 批与本台账的不同：可能有本台账的另一副本在报送。</translation>
    </message>
    <message>
        <source>The village: its number (trust --list), ledger id or area code.</source>
        <translation>村（居）：其序号（见 trust --list）、台账编号或区划代码。</translation>
    </message>
    <message>
        <source>Receipt file to write.</source>
        <translation>要写入的回执文件。</translation>
    </message>
    <message>
        <source>Show what the latest receipt says (at a village).</source>
        <translation>查看最新回执的内容（在村居台账）。</translation>
    </message>
    <message>
        <source>give one ledger FILE and either --for SOURCE --out PATH or --status</source>
        <translation>请给出一个台账文件，以及 --for 来源 --out 路径 或 --status</translation>
    </message>
    <message>
        <source>no village registered as %1</source>
        <translation>没有登记为 %1 的村（居）</translation>
    </message>
    <message>
        <source>Receipt for %1 written to %2: batches %3</source>
        <translation>给 %1 的回执已写入 %2：批次 %3</translation>
    </message>
    <message>
        <source>Import the town's signed receipt and show which batches it has received.</source>
        <translation>导入街镇的签名回执，并显示街镇已收到的批次。</translation>
    </message>
    <message>
        <source>FILE RECEIPT</source>
        <translation>文件 回执</translation>
    </message>
    <message>
        <source>give a ledger FILE and a RECEIPT file</source>
        <translation>请给出台账文件和回执文件</translation>
    </message>
    <message>
        <source>This receipt was already imported.</source>
        <translation>该回执已经导入过。</translation>
    </message>
    <message>
        <source>Receipt from %1 imported.</source>
        <translation>已导入 %1 的回执。</translation>
    </message>
    <message>
        <source>Warning: the town holds different batches under number(s) %1: another copy of this ledger may be sending batches.</source>
        <translation>警告：街镇收到的第 %1 批与本台账的不同：可能有本台账的另一副本在报送。</translation>
    </message>
    <message>
        <source>Write the monthly report of a ledger as xlsx, pdf or csv, with its totals checked.</source>
        <translation>将台账月报导出为 xlsx、pdf 或 csv，并核对合计。</translation>
    </message>
    <message>
        <source>The month to report, YYYY-MM (default: the month before this one).</source>
        <translation>统计月份，YYYY-MM（默认：上个月）。</translation>
    </message>
    <message>
        <source>xlsx, pdf or csv (default: from the --out file's suffix).</source>
        <translation>xlsx、pdf 或 csv（默认：按 --out 文件的后缀）。</translation>
    </message>
    <message>
        <source>The file to write. Offices file reports by unit and month, e.g. "古南街道桥河社区居委会_困境儿童月报_2026年11月.xlsx".</source>
        <translation>要写入的文件。报表按单位和月份归档，例如“古南街道桥河社区居委会_困境儿童月报_2026年11月.xlsx”。</translation>
    </message>
    <message>
        <source>Prepare the report as at the end of this day (YYYY-MM-DD) instead of today.</source>
        <translation>以该日（YYYY-MM-DD）结束时编制报表，而不是今天。</translation>
    </message>
    <message>
        <source>FILE monthly</source>
        <translation>文件 monthly</translation>
    </message>
    <message>
        <source>give a ledger FILE and the report kind: FILE monthly</source>
        <translation>请给出台账文件和报表种类：文件 monthly</translation>
    </message>
    <message>
        <source>--format must be xlsx, pdf or csv</source>
        <translation>--format 须为 xlsx、pdf 或 csv</translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM, e.g. 2026-11</source>
        <translation>--month 须为 YYYY-MM 格式的月份，例如 2026-11</translation>
    </message>
    <message>
        <source>%1: %2: expected %3, found %4</source>
        <translation>%1：%2：应为 %3，实为 %4</translation>
    </message>
    <message>
        <source>the report was written, but its totals do not add up; do not hand it in before the ledger is checked</source>
        <translation>报表已写出，但合计对不上；请在核查台账之前不要上报</translation>
    </message>
    <message>
        <source>Register (--add), list (--list) or revoke (--revoke) the public keys of other ledgers.</source>
        <translation>登记（--add）、列出（--list）或吊销（--revoke）其他台账的公钥。</translation>
    </message>
    <message>
        <source>batches are sent to it</source>
        <translation>向其报送批次</translation>
    </message>
    <message>
        <source>batches are received from it</source>
        <translation>从其接收批次</translation>
    </message>
    <message>
        <source>Public key file to register.</source>
        <translation>要登记的公钥文件。</translation>
    </message>
    <message>
        <source>Name of the unit, as on the registration sheet.</source>
        <translation>单位名称，与登记表一致。</translation>
    </message>
    <message>
        <source>Its 12-digit area code, as on the registration sheet.</source>
        <translation>其12位区划代码，与登记表一致。</translation>
    </message>
    <message>
        <source>List the registered keys.</source>
        <translation>列出已登记的公钥。</translation>
    </message>
    <message>
        <source>Number of the key to revoke.</source>
        <translation>要吊销的公钥序号。</translation>
    </message>
    <message>
        <source>Last batch signed with that key that is still accepted.</source>
        <translation>用该公钥签名、仍予接收的最后一批。</translation>
    </message>
    <message>
        <source>give one ledger FILE and one of --add, --list, --revoke</source>
        <translation>请给出一个台账文件以及 --add、--list、--revoke 之一</translation>
    </message>
    <message>
        <source>--add needs --name and --area</source>
        <translation>--add 需要 --name 和 --area</translation>
    </message>
    <message>
        <source>--revoke ID needs --after-seq N (numbers)</source>
        <translation>--revoke 序号 需要 --after-seq N（数字）</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Registered as number %1: %2 (%3, %4); %5.
Fingerprint: %6
Compare it with the fingerprint on the signed registration sheet.</source>
        <translation>已登记为第 %1 号：%2（%3，%4）；%5。
指纹：%6
请与签章的登记表上的指纹核对。</translation>
    </message>
    <message>
        <source>Key number %1 revoked: batches after number %2 signed with it are refused.</source>
        <translation>第 %1 号公钥已吊销：用其签名的第 %2 批以后的批次将被拒收。</translation>
    </message>
    <message>
        <source>Check a batch file (sender, signature; with TONGBAO_PASSWORD also its content) without importing it.</source>
        <translation>检查批次文件（发送方、签名；提供 TONGBAO_PASSWORD 时也检查内容），不导入。</translation>
    </message>
    <message>
        <source>Print the visit form to carry into the field, for a child or blank, as a PDF.</source>
        <translation>打印入户走访时携带的走访记录表（填好某名儿童的信息或空白），输出为 PDF。</translation>
    </message>
    <message>
        <source>Fill in this child's facts (record id or ID number); repeat for several. Without it the form is blank.</source>
        <translation>填入该儿童的基本信息（记录编号或身份证号）；可重复。不给出时为空白表。</translation>
    </message>
    <message>
        <source>The PDF to write, e.g. "古南街道桥河社区居委会_走访记录表_空白.pdf".</source>
        <translation>要写入的 PDF，例如“古南街道桥河社区居委会_走访记录表_空白.pdf”。</translation>
    </message>
    <message>
        <source>Print the filled-in mandatory report form of a safety report as a PDF.</source>
        <translation>将已填写的强制报告登记表输出为 PDF。</translation>
    </message>
    <message>
        <source>The safety report's record id.</source>
        <translation>强制报告的记录编号。</translation>
    </message>
    <message>
        <source>The PDF to write, e.g. "古南街道桥河社区居委会_强制报告登记表_王小明_20261129.pdf".</source>
        <translation>要写入的 PDF，例如“古南街道桥河社区居委会_强制报告登记表_王小明_20261129.pdf”。</translation>
    </message>
    <message>
        <source>give the report with --report ID</source>
        <translation>请用 --report 编号 指定报告</translation>
    </message>
    <message>
        <source>no safety report %1 in this ledger</source>
        <translation>本台账中没有强制报告 %1</translation>
    </message>
    <message>
        <source>Back up a ledger now: beside it (rotated), or --to DIR (a stick), encrypted to the ledger's backup key.</source>
        <translation>立即备份台账：备份到台账旁边（轮换保留），或用 --to 目录 备份到U盘（用台账的备份密钥加密）。</translation>
    </message>
    <message>
        <source>this ledger has no backup key yet; set TONGBAO_PASSWORD to the administrator's password to make one</source>
        <translation>本台账还没有备份密钥；请将 TONGBAO_PASSWORD 设为管理员密码以生成备份密钥</translation>
    </message>
    <message>
        <source>Made the ledger's backup key.</source>
        <translation>已生成台账的备份密钥。</translation>
    </message>
    <message>
        <source>Folder to write an encrypted backup to (a stick).</source>
        <translation>写入加密备份的文件夹（U盘）。</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes, %3 ms)</source>
        <translation>备份已写入：%1（%2 字节，%3 毫秒）</translation>
    </message>
    <message>
        <source>Older backup removed by rotation: %1</source>
        <translation>轮换删除的旧备份：%1</translation>
    </message>
    <message>
        <source>List a ledger's backups, newest first (--in DIR for a stick, --check to verify).</source>
        <translation>列出台账的备份，最新的在前（U盘上的备份用 --in 目录，校验用 --check）。</translation>
    </message>
    <message>
        <source>Folder to look in (a stick).</source>
        <translation>要查找的文件夹（U盘）。</translation>
    </message>
    <message>
        <source>Check each plain backup; exits 1 if one is damaged.</source>
        <translation>校验每个未加密的备份；有备份损坏时以 1 退出。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个备份</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>checked, sound</source>
        <translation>已校验，完好</translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>Log in to a ledger with accounts as NAME (the password comes from TONGBAO_PASSWORD).</source>
        <translation>以该用户名登录设有账户的台账（密码取自 TONGBAO_PASSWORD）。</translation>
    </message>
    <message>
        <source>This ledger has user accounts: give your user name with --user NAME (or TONGBAO_USER) and your password in the environment variable TONGBAO_PASSWORD.</source>
        <translation>本台账设有用户账户：请用 --user 用户名（或 TONGBAO_USER）给出您的用户名，并在环境变量 TONGBAO_PASSWORD 中给出密码。</translation>
    </message>
    <message>
        <source>Fill a ledger with invented demo data. Creates a village ledger (古南街道桥河社区居委会) if FILE does not exist; adds new, different children to an existing ledger. The same --seed and --on on a new file give the same data. A new demo ledger has the accounts admin, supervisor and reviewer, all with the password tongbao-demo. Prints one summary line.</source>
        <translation>用虚构的演示数据填充台账。文件不存在时新建村（居）台账（古南街道桥河社区居委会）；对已有台账则添加新的、不同的儿童。对新文件使用相同的 --seed 和 --on 会得到相同的数据。新建的演示台账有 admin、supervisor 和 reviewer 三个账户，密码均为 tongbao-demo。输出一行摘要。</translation>
    </message>
    <message>
        <source>Check classified protection (分类保障): for every open file, each rule that applies with its state (in_place, in_progress, missing) and the reason, as TSV or JSON.</source>
        <translation>核查分类保障：对每份在册档案，以 TSV 或 JSON 列出适用的每条规则及其状态（in_place 已落实、in_progress 办理中、missing 未落实）和原因。</translation>
    </message>
    <message>
        <source>Only these rules (ids separated by commas).</source>
        <translation>只核查这些规则（规则编号，用逗号分隔）。</translation>
    </message>
    <message>
        <source>Only entitlements that are missing.</source>
        <translation>只列出未落实的应享保障。</translation>
    </message>
    <message>
        <source>Check as on this day (YYYY-MM-DD) instead of today.</source>
        <translation>按该日（YYYY-MM-DD）而不是今天核查。</translation>
    </message>
    <message>
        <source>Use this rule-set file instead of the set the ledger's settings name.</source>
        <translation>使用该规则集文件，而不是台账设置中指定的规则集。</translation>
    </message>
    <message>
        <source>Also write the missing entitlements by department and rule to FILE (.xlsx or .pdf).</source>
        <translation>同时将未落实的应享保障按责任部门和规则写入文件（.xlsx 或 .pdf）。</translation>
    </message>
    <message>
        <source>the rule set %1 has no rule "%2"</source>
        <translation>规则集 %1 中没有规则“%2”</translation>
    </message>
    <message>
        <source>--report must end in .xlsx or .pdf</source>
        <translation>--report 须以 .xlsx 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>Create a new ledger file (village, town or district); prints the new ledger's id. With TONGBAO_PASSWORD set, the user (--user) becomes the ledger's administrator with that password; without it the ledger has no accounts until an administrator is added with 'tongbao-cli users'.</source>
        <translation>新建台账文件（村/居委会、街镇或区县）；输出新台账的编号。设置了 TONGBAO_PASSWORD 时，该用户（--user）成为台账管理员，使用该密码；未设置时，台账没有账户，直到用“tongbao-cli users”添加管理员。</translation>
    </message>
    <message>
        <source>Restore a backup to FILE after checking it; a file already there is kept aside.</source>
        <translation>校验备份后将其恢复为该文件；原有的同名文件会另行保留。</translation>
    </message>
    <message>
        <source>The ledger file to restore to.</source>
        <translation>恢复成的台账文件。</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>give one BACKUP and --to FILE</source>
        <translation>请给出一个备份和 --to 文件</translation>
    </message>
    <message>
        <source>the backup is encrypted; set TONGBAO_PASSWORD to the administrator's password</source>
        <translation>该备份已加密；请将 TONGBAO_PASSWORD 设为管理员密码</translation>
    </message>
    <message>
        <source>Restored %1 to %2</source>
        <translation>已将 %1 恢复为 %2</translation>
    </message>
    <message>
        <source>The file that was there is kept as %1</source>
        <translation>原有文件已保留为 %1</translation>
    </message>
    <message>
        <source>NOTE: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n history entries intact.</source>
        <translation>
            <numerusform>已校验：%n 条修改记录完好。</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage the ledger's user accounts: --list, --add NAME --role ROLE, --reset NAME, --disable NAME, --enable NAME, or --passwd (your own). Log in with --user and TONGBAO_PASSWORD; the new password comes from TONGBAO_NEW_PASSWORD. The first account of a ledger must be an administrator.</source>
        <translation>管理台账的用户账户：--list、--add 用户名 --role 角色、--reset 用户名、--disable 用户名、--enable 用户名，或 --passwd（修改自己的密码）。用 --user 和 TONGBAO_PASSWORD 登录；新密码取自 TONGBAO_NEW_PASSWORD。台账的第一个账户必须是管理员。</translation>
    </message>
    <message>
        <source>this ledger has no backup key yet, and only an administrator can make it: run this once with --user and the password of an administrator</source>
        <translation>本台账还没有备份密钥，只有管理员才能生成：请用 --user 和管理员密码运行一次本命令</translation>
    </message>
    <message>
        <source>the backup key could not be read back</source>
        <translation>无法读回备份密钥</translation>
    </message>
    <message>
        <source>Write a plain, unencrypted copy of an encrypted ledger (administrator; the copy is readable by anyone who gets it).</source>
        <translation>将加密台账写成一份未加密的明文副本（限管理员；任何拿到副本的人都能读取）。</translation>
    </message>
    <message>
        <source>Where to write the plain copy (a new file).</source>
        <translation>明文副本的写入位置（须为新文件）。</translation>
    </message>
    <message>
        <source>give one ledger FILE and --out PLAIN</source>
        <translation>请给出一个台账文件和 --out 明文副本</translation>
    </message>
    <message>
        <source>this ledger is not encrypted; copy the file itself</source>
        <translation>本台账未加密；直接复制该文件即可</translation>
    </message>
    <message>
        <source>WARNING: %1 is NOT encrypted. It holds every child's name, ID number, address and notes in clear. Keep it off shared computers and USB sticks, and delete it (securely) as soon as the recovery or inspection is done.</source>
        <translation>警告：%1 未加密。其中以明文保存着每名儿童的姓名、身份证号、住址和备注。请勿将其放在公用电脑或U盘上；恢复或检查工作一结束，请立即将其（彻底）删除。</translation>
    </message>
    <message>
        <source>The ledger's keys: init, show, export --out PATH (public key file), sheet --out PATH.pdf (key registration sheet to sign and stamp), export-identity --out PATH (a town's secret age key, for checking by hand).</source>
        <translation>台账密钥：init（生成）、show（查看）、export --out 路径（公钥文件）、sheet --out 路径.pdf（公钥登记表，供签字盖章）、export-identity --out 路径（街镇的 age 私钥，供人工核验）。</translation>
    </message>
    <message>
        <source>FILE init|show|export|export-identity|sheet</source>
        <translation>文件 init|show|export|export-identity|sheet</translation>
    </message>
    <message>
        <source>give a ledger FILE and one of init, show, export, export-identity, sheet</source>
        <translation>请给出一个台账文件以及 init、show、export、export-identity、sheet 之一</translation>
    </message>
    <message>
        <source>--out is only for export and sheet</source>
        <translation>--out 只用于 export 和 sheet</translation>
    </message>
    <message>
        <source>%1 already exists; give another --out PATH</source>
        <translation>%1 已存在；请另给一个 --out 路径</translation>
    </message>
    <message>
        <source>Key registration sheet written to %1; fingerprint %2</source>
        <translation>公钥登记表已写入 %1；指纹 %2</translation>
    </message>
    <message>
        <source>Open an encrypted ledger with its recovery key (TONGBAO_RECOVERY_KEY) and give the administrator --user a new password (TONGBAO_NEW_PASSWORD).</source>
        <translation>用恢复密钥（TONGBAO_RECOVERY_KEY）打开加密台账，并为 --user 指定的管理员设置新密码（TONGBAO_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <source>set TONGBAO_RECOVERY_KEY to the letters of the recovery key sheet and TONGBAO_NEW_PASSWORD to the administrator's new password</source>
        <translation>请将 TONGBAO_RECOVERY_KEY 设为恢复密钥表上的字母，将 TONGBAO_NEW_PASSWORD 设为管理员的新密码</translation>
    </message>
    <message>
        <source>this ledger is not encrypted, so it has no recovery key</source>
        <translation>本台账未加密，因此没有恢复密钥</translation>
    </message>
    <message>
        <source>%1 has a new password; they choose their own at the next login. Print a new recovery key sheet if this one may have been seen.</source>
        <translation>%1 已设置新密码；下次登录时需自行设置密码。如果这张恢复密钥表可能已被他人看到，请打印新的恢复密钥表。</translation>
    </message>
    <message>
        <source>Make a new recovery key for an encrypted ledger and write its recovery key sheet to --out PATH.pdf, to print and lock away (administrator). The previous recovery key stops working.</source>
        <translation>为加密台账生成新的恢复密钥，并将恢复密钥表写入 --out 路径.pdf，供打印后锁存（限管理员）。原恢复密钥随即失效。</translation>
    </message>
    <message>
        <source>encrypted ledger</source>
        <translation>加密台账</translation>
    </message>
    <message>
        <source>more than one village is registered as '%1'; give its area code</source>
        <translation>登记为“%1”的村（社区）不止一个，请给出其区划代码</translation>
    </message>
    <message>
        <source>no village named or numbered '%1' in this ledger; it has: %2</source>
        <translation>本台账没有名称或编号为“%1”的村（社区）；已登记的有：%2</translation>
    </message>
    <message>
        <source>Only the children of this village of a town's ledger (its registered name or 12-digit area code).</source>
        <translation>只列出街镇台账中这个村（社区）的儿童（登记的名称或12位区划代码）。</translation>
    </message>
    <message>
        <source>List the notes in a child's file, add a note, or remove one of this ledger's notes.</source>
        <translation>列出儿童档案中的备注，新增备注，或删除本台账写的备注。</translation>
    </message>
    <message>
        <source>The child: record id or ID number.</source>
        <translation>儿童：记录编号或身份证号。</translation>
    </message>
    <message>
        <source>Write this note in the child's file.</source>
        <translation>在儿童档案中写入这条备注。</translation>
    </message>
    <message>
        <source>With --add: the day of the note (default today).</source>
        <translation>与 --add 一起使用：备注日期（默认今天）。</translation>
    </message>
    <message>
        <source>Remove this note (one this ledger wrote).</source>
        <translation>删除这条备注（须为本台账所写）。</translation>
    </message>
    <message>
        <source>give the child with --child ID</source>
        <translation>请用 --child ID 指定儿童</translation>
    </message>
    <message>
        <source>give either --add or --remove</source>
        <translation>--add 和 --remove 只能选一个</translation>
    </message>
    <message>
        <source>--date goes with --add</source>
        <translation>--date 须与 --add 一起使用</translation>
    </message>
    <message>
        <source>--date must be a day like 2026-11-29</source>
        <translation>--date 须为 2026-11-29 这样的日期</translation>
    </message>
    <message>
        <source>no note %1 in this child's file</source>
        <translation>该儿童档案中没有备注 %1</translation>
    </message>
    <message>
        <source>Show on stderr how far the work has got.</source>
        <translation>在标准错误输出上显示进度。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>未安装 Qt 的 SQLite 数据库驱动。</translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be opened: %2</source>
        <translation>无法打开台账文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo data could not be written (%1): %2</source>
        <translation>演示数据无法写入（%1）：%2</translation>
    </message>
    <message>
        <source>The ledger file cannot be written to: %1</source>
        <translation>无法写入台账文件：%1</translation>
    </message>
    <message>
        <source>The demo data could not be saved: %1</source>
        <translation>演示数据未能保存：%1</translation>
    </message>
    <message>
        <source>household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>guardianship</source>
        <translation>监护情况</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>保障措施</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>safety report</source>
        <translation>强制报告</translation>
    </message>
    <message>
        <source>Ask for at least one child.</source>
        <translation>请至少生成一名儿童。</translation>
    </message>
</context>
<context>
    <name>DisabilityCertificate</name>
    <message>
        <source>Please enter the disability certificate number.</source>
        <translation>请填写残疾人证号。</translation>
    </message>
    <message>
        <source>A disability certificate number has only digits, and perhaps an X as the 18th character; please check for other characters.</source>
        <translation>残疾人证号只含数字，第18位可能是 X；请检查是否有其他字符。</translation>
    </message>
    <message>
        <source>A disability certificate number has 20 characters: the 18-character ID number, then the category and the level; please check for missing or extra digits.</source>
        <translation>残疾人证号共20位：18位身份证号，加残疾类别和等级各一位；请检查是否多位或少位。</translation>
    </message>
    <message>
        <source>The ID number at the start of the disability certificate number is wrong.</source>
        <translation>残疾人证号前18位的身份证号不对。</translation>
    </message>
    <message>
        <source>The 19th character is the category of disability and must be 1 to 7; please check it.</source>
        <translation>第19位是残疾类别，应为1至7；请核对。</translation>
    </message>
    <message>
        <source>The 20th character is the level of disability and must be 1 to 4; please check it.</source>
        <translation>第20位是残疾等级，应为1至4；请核对。</translation>
    </message>
    <message>
        <source>In the ID number at the start of the disability certificate number: %1</source>
        <translation>残疾人证号前18位的身份证号：%1</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>The visit schedule could not be read from the ledger file.</source>
        <translation>无法从台账文件读取走访计划。</translation>
    </message>
    <message>
        <source>The child's file was not found.</source>
        <translation>找不到该儿童档案。</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>the same ID number %1</source>
        <translation>身份证号相同：%1</translation>
    </message>
    <message>
        <source>the same name and date of birth (%1)</source>
        <translation>姓名和出生日期相同（%1）</translation>
    </message>
    <message>
        <source>The children of the ledger could not be read.</source>
        <translation>无法读取台账中的儿童信息。</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>The file %1 could not be written completely; nothing was saved under that name.</source>
        <translation>文件 %1 未能完整写入；该名称下未保存任何内容。</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>已存在名为 %1 的文件，请换一个名称。</translation>
    </message>
</context>
<context>
    <name>EntitlementCheck</name>
    <message>
        <source>In place</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未落实</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Does not apply to this child.</source>
        <translation>不适用于该儿童。</translation>
    </message>
    <message>
        <source>The file is closed.</source>
        <translation>档案已退出。</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>applied for, not yet in place</source>
        <translation>已申请，尚未落实</translation>
    </message>
    <message>
        <source>referred to %1 on %2, no answer yet</source>
        <translation>已于 %2 转介至%1，尚无答复</translation>
    </message>
    <message>
        <source>%1 ended on %2</source>
        <translation>%1已于 %2 终止</translation>
    </message>
    <message>
        <source>no such measure on file</source>
        <translation>档案中无此项措施</translation>
    </message>
    <message>
        <source>%1 not on file</source>
        <translation>档案中无%1</translation>
    </message>
    <message>
        <source>%1 → %2; %3</source>
        <translation>%1 → %2；%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>EntitlementReport</name>
    <message>
        <source>Children who may be missing an entitlement</source>
        <translation>可能未落实应享保障的儿童</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>%1; %2; as of %3; %4 open files checked</source>
        <translation>%1；%2；截至 %3；已核查 %4 份在册档案</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>应享保障</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童人数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Village group</source>
        <translation>组/社</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3 · %4 open files checked, %5 listed</source>
        <translation>%1 · %2 · 截至 %3 · 已核查 %4 份在册档案，列出 %5 名儿童</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n child(ren)</source>
        <translation>
            <numerusform>%1 — %n 名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>No child on file is missing an entitlement.</source>
        <translation>没有在册儿童缺少应享保障。</translation>
    </message>
</context>
<context>
    <name>Entitlements</name>
    <message>
        <source>The child's file could not be read for the entitlement check.</source>
        <translation>无法读取儿童档案，不能核查应享保障。</translation>
    </message>
    <message>
        <source>The ledger could not be read for the entitlement check.</source>
        <translation>无法读取台账，不能核查应享保障。</translation>
    </message>
    <message>
        <source>Every measure this rule expects is already on file.</source>
        <translation>该规则要求的措施均已登记在档案中。</translation>
    </message>
    <message>
        <source>Suggested by the entitlement check: %1 %2</source>
        <translation>应享保障核查建议：%1 %2</translation>
    </message>
    <message>
        <source>The measures could not be saved. Nothing was changed.</source>
        <translation>无法保存措施。未做任何改动。</translation>
    </message>
    <message>
        <source>There is no rule to refer.</source>
        <translation>没有可转介的规则。</translation>
    </message>
    <message>
        <source>Apply for %1 %2</source>
        <translation>申请%1 %2</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ExchangeProgress</name>
    <message>
        <source>households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>guardianship records</source>
        <translation>监护情况</translation>
    </message>
    <message>
        <source>support measures</source>
        <translation>保障措施</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>safety reports</source>
        <translation>强制报告</translation>
    </message>
    <message>
        <source>case notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>records</source>
        <translation>条记录</translation>
    </message>
    <message>
        <source>Checking the signature</source>
        <translation>正在核验签名</translation>
    </message>
    <message>
        <source>Decrypting the batch</source>
        <translation>正在解密批次文件</translation>
    </message>
    <message>
        <source>Reading and checking %1</source>
        <translation>正在读取并检查%1</translation>
    </message>
    <message>
        <source>Writing %1 into the ledger</source>
        <translation>正在把%1写入台账</translation>
    </message>
    <message>
        <source>Saving the ledger</source>
        <translation>正在保存台账</translation>
    </message>
    <message>
        <source>Counting the changes</source>
        <translation>正在统计变更</translation>
    </message>
    <message>
        <source>Encrypting %1 into the batch file</source>
        <translation>正在把%1加密写入批次文件</translation>
    </message>
    <message>
        <source>Signing and saving the batch file</source>
        <translation>正在签名并保存批次文件</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 / %2 条记录</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，台账未作任何改动。</translation>
    </message>
    <message>
        <source>The check of the batch was cancelled; nothing was changed.</source>
        <translation>已取消批次检查，台账未作任何改动。</translation>
    </message>
    <message>
        <source>Export cancelled; no batch file was written and nothing was changed.</source>
        <translation>已取消导出，未写出批次文件，台账未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ExchangeStore</name>
    <message>
        <source>The change could not be recorded in the ledger's history.</source>
        <translation>该变动无法记入台账的修改记录。</translation>
    </message>
    <message>
        <source>The keys could not be saved in the ledger file.</source>
        <translation>密钥无法保存到台账文件。</translation>
    </message>
    <message>
        <source>The key could not be saved in the ledger file.</source>
        <translation>公钥无法保存到台账文件。</translation>
    </message>
    <message>
        <source>There is no registered key number %1.</source>
        <translation>没有第 %1 号已登记公钥。</translation>
    </message>
    <message>
        <source>The key could not be revoked in the ledger file.</source>
        <translation>无法在台账文件中吊销该公钥。</translation>
    </message>
    <message>
        <source>The receipt could not be saved in the ledger.</source>
        <translation>回执无法保存到台账。</translation>
    </message>
    <message>
        <source>The ledger file could not be read.</source>
        <translation>无法读取台账文件。</translation>
    </message>
    <message>
        <source>The batch could not be written.</source>
        <translation>批次无法写入。</translation>
    </message>
    <message>
        <source>The ledger's history could not be read.</source>
        <translation>无法读取台账的修改记录。</translation>
    </message>
    <message>
        <source>The batch file was written, but the ledger could not record it as sent.</source>
        <translation>批次文件已写出，但台账无法将其记为已报送。</translation>
    </message>
    <message>
        <source>The import could not be recorded in the ledger.</source>
        <translation>导入情况无法记入台账。</translation>
    </message>
    <message>
        <source>The ledger file could not be written.</source>
        <translation>无法写入台账文件。</translation>
    </message>
    <message>
        <source>A record of the batch could not be written to the ledger.</source>
        <translation>批次中的一条记录无法写入台账。</translation>
    </message>
    <message>
        <source>The history of the batch could not be written to the ledger.</source>
        <translation>批次的修改记录无法写入台账。</translation>
    </message>
</context>
<context>
    <name>ExchangeTask</name>
    <message>
        <source>An export or import is still running. Wait until it has finished.</source>
        <translation>导出或导入仍在进行，请等它完成。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Hukou registered</source>
        <translation>是否登记户口</translation>
    </message>
    <message>
        <source>Hukou area code</source>
        <translation>户籍地区划代码</translation>
    </message>
    <message>
        <source>Hukou address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Residence area code</source>
        <translation>现居住地区划代码</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>现居住地址</translation>
    </message>
    <message>
        <source>Village group</source>
        <translation>组/社</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>困境类别</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>所患疾病</translation>
    </message>
    <message>
        <source>Disability certificate number</source>
        <translation>残疾人证号</translation>
    </message>
    <message>
        <source>Disability category</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Disability level</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>就学情况</translation>
    </message>
    <message>
        <source>School</source>
        <translation>就读学校</translation>
    </message>
    <message>
        <source>Boarding at school</source>
        <translation>是否寄宿</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>档案状态</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>File opened on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Head's ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Income sources</source>
        <translation>收入来源</translation>
    </message>
    <message>
        <source>Support status</source>
        <translation>救助情况</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Father's situation since</source>
        <translation>父亲该情况起始时间</translation>
    </message>
    <message>
        <source>Father works in</source>
        <translation>父亲务工地</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Mother's situation since</source>
        <translation>母亲该情况起始时间</translation>
    </message>
    <message>
        <source>Mother works in</source>
        <translation>母亲务工地</translation>
    </message>
    <message>
        <source>Actual caregiver</source>
        <translation>实际照料人</translation>
    </message>
    <message>
        <source>Caregiver's ID number</source>
        <translation>照料人身份证号</translation>
    </message>
    <message>
        <source>Caregiver's relation to the child</source>
        <translation>照料人与儿童关系</translation>
    </message>
    <message>
        <source>Caregiver's age</source>
        <translation>照料人年龄</translation>
    </message>
    <message>
        <source>Caregiver's health</source>
        <translation>照料人健康状况</translation>
    </message>
    <message>
        <source>Caregiver's phone</source>
        <translation>照料人电话</translation>
    </message>
    <message>
        <source>Guardianship type</source>
        <translation>监护类型</translation>
    </message>
    <message>
        <source>Guardian's capacity</source>
        <translation>监护能力评估</translation>
    </message>
    <message>
        <source>Committee told in writing on</source>
        <translation>书面告知日期</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>保障措施</translation>
    </message>
    <message>
        <source>Department in charge</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Amount per month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介部门</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>转介事由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Child seen in person</source>
        <translation>是否见到儿童本人</translation>
    </message>
    <message>
        <source>Guardianship assessment</source>
        <translation>监护评估</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次走访日期</translation>
    </message>
    <message>
        <source>Safety report started</source>
        <translation>已启动强制报告</translation>
    </message>
    <message>
        <source>Confirmed by the guardian</source>
        <translation>监护人已确认</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>In a sentence about a change: the field had no value ("Risk level: not set → High")</extracomment>
        <translation>未填</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>A yes/no question nobody has answered yet</extracomment>
        <translation>不详</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <source>Registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断情况</translation>
    </message>
    <message>
        <source>Lives</source>
        <translation>居住方式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注内容</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>填写人</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>— not filled in —</source>
        <extracomment>The first entry of a drop-down list: nothing chosen yet</extracomment>
        <translation>— 未填写 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation>请填写身份证号。</translation>
    </message>
    <message>
        <source>An ID number has only digits, and perhaps an X at the end; please check for other characters.</source>
        <translation>身份证号只含数字，最后一位可能是 X；请检查是否有其他字符。</translation>
    </message>
    <message>
        <source>An X can only be the last character of an 18-digit ID number; please check where it is.</source>
        <translation>X 只能是18位身份证号的最后一位；请检查位置。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (old ones have 15); please check for missing or extra digits.</source>
        <translation>身份证号为18位（旧号码为15位）；请检查是否多位或少位。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a real date; please check characters 7 to 14.</source>
        <translation>身份证号中的出生日期不存在；请核对第7至14位。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is before 1900; please check the year.</source>
        <translation>身份证号中的出生日期早于1900年；请核对年份。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is in the future; please check the year.</source>
        <translation>身份证号中的出生日期晚于今天；请核对年份。</translation>
    </message>
    <message>
        <source>The first six digits are not the code of any county; please check them.</source>
        <translation>前六位不是任何县级行政区划代码；请核对。</translation>
    </message>
    <message>
        <source>The check character is wrong; please check the last character.</source>
        <translation>身份证号校验位不对，请核对最后一位。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Batch file</source>
        <translation>批次文件</translation>
    </message>
    <message>
        <source>Batch %1 from %2 (%3)</source>
        <translation>来自 %2（%3）的第 %1 批</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed</source>
        <translation>%1：新增 %2，更新 %3</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>其中退出 %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Safety reports</source>
        <translation>强制报告</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>其他记录</translation>
    </message>
    <message>
        <source>History entries: %1</source>
        <translation>修改记录：%1 条</translation>
    </message>
    <message>
        <source>Batch(es) %1 from this village have not arrived yet. This batch can be imported; ask the village for the missing ones.</source>
        <translation>该村（居）的第 %1 批尚未收到。本批次可以导入；请向该村（居）索取缺少的批次。</translation>
    </message>
</context>
<context>
    <name>KeyRegistrationSheet</name>
    <message>
        <source>This ledger has no keys yet, so there is no key to register. Make the ledger's keys first.</source>
        <translation>本台账还没有密钥，因此没有可登记的密钥。请先生成台账密钥。</translation>
    </message>
</context>
<context>
    <name>KeySheetOutput</name>
    <message>
        <source>Save the key registration sheet as PDF</source>
        <translation>将公钥登记表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet cannot be printed</source>
        <translation>登记表无法打印</translation>
    </message>
    <message>
        <source>Key registration sheet</source>
        <translation>公钥登记表</translation>
    </message>
    <message>
        <source>Print the key registration sheet</source>
        <translation>打印公钥登记表</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>This ledger already has its keys.</source>
        <translation>本台账已有密钥。</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters to protect the ledger's keys.</source>
        <translation>请设置至少 %1 个字符的密码来保护台账密钥。</translation>
    </message>
    <message>
        <source>The computer does not have enough free memory to protect the keys; close other programs and try again.</source>
        <translation>电脑可用内存不足，无法保护密钥；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>This ledger has no keys yet.</source>
        <translation>本台账还没有密钥。</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>This ledger has no signing key.</source>
        <translation>本台账没有签名密钥。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The ledger file has no identity record; it is damaged.</source>
        <translation>台账文件缺少台账信息记录，文件已损坏。</translation>
    </message>
    <message>
        <source>The kind of ledger must be village, town or district.</source>
        <translation>台账类型须为村/居委会、街道/镇或区县。</translation>
    </message>
    <message>
        <source>Enter the name of the unit that keeps this ledger.</source>
        <translation>请填写保管本台账的单位名称。</translation>
    </message>
    <message>
        <source>The area code must have 12 digits (the statistical code of the village, community or town).</source>
        <translation>区划代码须为12位数字（村、社区或街镇的统计用区划代码）。</translation>
    </message>
    <message>
        <source>The area code must start with the 6 digits of a real county or district; %1 is not one.</source>
        <translation>区划代码前6位须为实际存在的区县代码；%1 不是。</translation>
    </message>
    <message>
        <source>The ledger file %1 does not exist.</source>
        <translation>台账文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be read: %2</source>
        <translation>无法读取台账文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Tongbao ledger file.</source>
        <translation>%1 不是童保台账文件。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Tongbao ledger. It was not changed.</source>
        <translation>%1 是其他程序的数据库，不是童保台账。文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tongbao (file version %2; this program knows up to %3). Please update Tongbao; the file was not changed.</source>
        <translation>%1 由更新版本的童保台账保存（文件版本 %2，本程序最高支持 %3）。请升级童保台账；文件未做任何改动。</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>已存在名为 %1 的文件，请换一个名称。</translation>
    </message>
    <message>
        <source>The new ledger could not be written to %1.</source>
        <translation>新台账无法写入 %1。</translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be opened for writing.</source>
        <translation>无法以写入方式打开台账文件 %1。</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>设置未能保存。</translation>
    </message>
    <message>
        <source>The beginning of the encrypted ledger %1 is damaged.</source>
        <translation>加密台账 %1 的开头部分已损坏。</translation>
    </message>
    <message>
        <source>This ledger is encrypted. Log in to open it.</source>
        <translation>本台账已加密，请登录后打开。</translation>
    </message>
</context>
<context>
    <name>LedgerBuild</name>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>已存在名为 %1 的文件，请换一个名称。</translation>
    </message>
    <message>
        <source>The new ledger could not be written to %1: %2</source>
        <translation>新台账无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The new ledger could not be written to %1.</source>
        <translation>新台账无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>children's files</source>
        <translation>儿童档案</translation>
    </message>
    <message>
        <source>households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>guardianship</source>
        <translation>监护情况</translation>
    </message>
    <message>
        <source>support measures</source>
        <translation>保障措施</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>safety reports</source>
        <translation>强制报告</translation>
    </message>
    <message>
        <source>safety report notifications</source>
        <translation>强制报告报送记录</translation>
    </message>
    <message>
        <source>safety report steps</source>
        <translation>强制报告处置步骤</translation>
    </message>
    <message>
        <source>history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>ledger identity</source>
        <translation>台账信息</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The file was at version %1 and was upgraded to version %2 when it was opened for this check.</source>
        <translation>文件原为第 %1 版，本次检查打开时已升级为第 %2 版。</translation>
    </message>
    <message>
        <source>The file could not be checked; it may be damaged: %1</source>
        <translation>文件无法检查，可能已损坏：%1</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>The links between records could not be checked: %1</source>
        <translation>无法检查记录之间的关联：%1</translation>
    </message>
    <message>
        <source>A record in %1 (row %2) refers to a record in %3 that is not in the file.</source>
        <translation>%1 中的一条记录（第 %2 行）引用了%3中不存在的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) refer to records that are not in the file.</source>
        <translation>
            <numerusform>另有 %n 条记录引用了文件中不存在的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is at version %1, the version this program writes.</source>
        <translation>文件为第 %1 版，与本程序一致。</translation>
    </message>
    <message>
        <source>The file is at version %1, but this program writes version %2.</source>
        <translation>文件为第 %1 版，本程序写入第 %2 版。</translation>
    </message>
    <message>
        <source>The file is not marked as a Tongbao ledger.</source>
        <translation>文件未标记为童保台账。</translation>
    </message>
    <message>
        <source>The protection that keeps the history from being changed has been removed from the file.</source>
        <translation>文件中防止修改记录被改动的保护已被移除。</translation>
    </message>
    <message>
        <source>The newest history entries are missing: the ledger has made %1 changes, but its history ends at change %2.</source>
        <translation>缺少最新的修改记录：台账已做 %1 次修改，但修改记录止于第 %2 次。</translation>
    </message>
    <message>
        <source>The history records change %1, but the ledger's change counter stands at %2; new changes would reuse numbers already used.</source>
        <translation>修改记录已到第 %1 次，但台账的修改计数为 %2；新修改会重复使用已用过的编号。</translation>
    </message>
    <message>
        <source>The file has no ledger identity record.</source>
        <translation>文件缺少台账信息记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1 have no id or no owner ledger; they cannot be sent or received.</source>
        <translation>
            <numerusform>%1 中有 %n 条记录缺少编号或所属台账，无法报送或接收。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 in %2 has change number %3, outside this ledger's changes 1 to %4.</source>
        <translation>%2 中的记录 %1 的修改编号为 %3，超出本台账的修改范围 1 至 %4。</translation>
    </message>
    <message>
        <source>Record %1 in %2 was changed (change %3) without an entry in the history.</source>
        <translation>%2 中的记录 %1 被修改（第 %3 次修改），但修改记录中没有相应条目。</translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) have change numbers outside this ledger's changes.</source>
        <translation>
            <numerusform>另有 %n 条记录的修改编号超出本台账的修改范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) were changed without an entry in the history.</source>
        <translation>
            <numerusform>另有 %n 条记录被修改但没有修改记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of the ledger is damaged: its contents no longer match their seal. Restore the latest good backup.</source>
        <translation>台账第 %1 页已损坏：其内容与校验值不再相符。请恢复最新的完好备份。</translation>
    </message>
    <message>
        <source>The file is encrypted; every page was decrypted and its seal checked.</source>
        <translation>文件已加密；每一页都已解密并核对了校验值。</translation>
    </message>
    <message>
        <source>notes in children's files</source>
        <translation>儿童档案备注</translation>
    </message>
</context>
<context>
    <name>LedgerEncryption</name>
    <message>
        <source>The header of the encrypted ledger %1 is damaged.</source>
        <translation>加密台账 %1 的文件头已损坏。</translation>
    </message>
    <message>
        <source>The header of this encrypted ledger has been changed; it cannot be trusted.</source>
        <translation>该加密台账的文件头已被改动，不可信任。</translation>
    </message>
    <message>
        <source>The encrypted copy could not be read back.</source>
        <translation>无法读回加密副本。</translation>
    </message>
    <message>
        <source>The encrypted copy could not be written.</source>
        <translation>无法写入加密副本。</translation>
    </message>
    <message>
        <source>The ledger's key is not unlocked.</source>
        <translation>台账密钥尚未解锁。</translation>
    </message>
    <message>
        <source>The key slots of the ledger could not be written.</source>
        <translation>无法写入台账的密钥槽。</translation>
    </message>
    <message>
        <source>The ledger cannot be encrypted in the middle of a change.</source>
        <translation>台账正在修改过程中，不能加密。</translation>
    </message>
    <message>
        <source>The ledger could not be encrypted; it is unchanged. Check the free space on the disk and try again.</source>
        <translation>台账未能加密，仍保持原样。请检查磁盘剩余空间后重试。</translation>
    </message>
    <message>
        <source>This ledger is not encrypted (it has no user accounts), so it has no recovery key.</source>
        <translation>本台账未加密（没有用户账户），因此没有恢复密钥。</translation>
    </message>
    <message>
        <source>This ledger is not encrypted, so it has no recovery key.</source>
        <translation>本台账未加密，因此没有恢复密钥。</translation>
    </message>
    <message>
        <source>%1 is not an administrator of this ledger.</source>
        <translation>%1 不是本台账的管理员。</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>已存在名为 %1 的文件，请换一个名称。</translation>
    </message>
    <message>
        <source>The plain copy could not be written: %1</source>
        <translation>无法写入明文副本：%1</translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be read.</source>
        <translation>无法读取台账文件 %1。</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>it is not there</source>
        <translation>文件不存在</translation>
    </message>
</context>
<context>
    <name>LedgerFiles</name>
    <message>
        <source>Tongbao ledgers (*.%1)</source>
        <translation>童保台账 (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LedgerProbe</name>
    <message>
        <source>The ledger file %1 is not there any more.</source>
        <translation>台账文件 %1 已不存在。</translation>
    </message>
    <message>
        <source>The ledger file %1 cannot be read: %2</source>
        <translation>无法读取台账文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable Tongbao ledger: its beginning is missing or has been overwritten.</source>
        <translation>%1 不是可读取的童保台账：文件开头缺失或已被覆盖。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Tongbao ledger.</source>
        <translation>%1 是其他程序的数据库，不是童保台账。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tongbao (file version %2; this program knows up to %3). Please update Tongbao.</source>
        <translation>%1 由较新版本的童保台账保存（文件版本 %2；本程序最高支持 %3）。请升级童保台账。</translation>
    </message>
    <message>
        <source>%1 is shorter than it should be (%2 of %3 bytes): the end of the file is missing.</source>
        <translation>%1 比应有的长度短（%2/%3 字节）：文件末尾缺失。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be checked.</source>
        <translation>%1 已损坏，无法检查。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: SQLite's check found %n problem(s) in the file's pages.</source>
        <translation>
            <numerusform>%1 已损坏：SQLite 检查在文件页中发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The history in %1 is broken: %2</source>
        <translation>%1 中的修改记录已断裂：%2</translation>
    </message>
    <message>
        <source>%1 is encrypted; log in to open it.</source>
        <translation>%1 已加密；请登录后打开。</translation>
    </message>
    <message>
        <source>The beginning of the encrypted ledger %1 is damaged.</source>
        <translation>加密台账 %1 的开头部分已损坏。</translation>
    </message>
    <message>
        <source>Page %1 of the ledger %2 is damaged: its contents no longer match their seal.</source>
        <translation>台账 %2 的第 %1 页已损坏：其内容与校验值不再相符。</translation>
    </message>
</context>
<context>
    <name>LedgerSheet</name>
    <message>
        <source>The ledger file could not be read.</source>
        <translation>无法读取台账文件。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The ledger file could not be upgraded to version %1 (%2); it was left as it was.</source>
        <translation>台账文件无法升级到第 %1 版（%2）；文件保持原样。</translation>
    </message>
</context>
<context>
    <name>MonthlyReconciliation</name>
    <message>
        <source>subtotal = sum over the village's groups (%1)</source>
        <translation>小计 = 该村各组之和（%1）</translation>
    </message>
    <message>
        <source>total = sum over villages (%1)</source>
        <translation>合计 = 各村之和（%1）</translation>
    </message>
    <message>
        <source>total = the same figure counted directly (%1)</source>
        <translation>合计 = 直接统计的同一数字（%1）</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>There is no report yet for %1: the month has not begun.</source>
        <translation>%1 尚无月报：该月还没有开始。</translation>
    </message>
    <message>
        <source>The monthly report could not be computed: the ledger file could not be read.</source>
        <translation>无法统计月报：无法读取台账文件。</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法生成 PDF。</translation>
    </message>
</context>
<context>
    <name>PendingBatch</name>
    <message>
        <source>The ledger file could not be read.</source>
        <translation>无法读取台账文件。</translation>
    </message>
    <message>
        <source>The ledger's history could not be read.</source>
        <translation>无法读取台账的修改记录。</translation>
    </message>
</context>
<context>
    <name>PolicyFacts</name>
    <message>
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>困境类别</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>disability category</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>disability level</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>disability certificate</source>
        <translation>持残疾人证</translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>schooling</source>
        <translation>就学情况</translation>
    </message>
    <message>
        <source>medical insurance</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <source>registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>lives</source>
        <translation>居住方式</translation>
    </message>
    <message>
        <source>household support</source>
        <translation>家庭救助情况</translation>
    </message>
    <message>
        <source>father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>guardianship</source>
        <translation>监护类型</translation>
    </message>
    <message>
        <source>guardian's capacity</source>
        <translation>监护能力</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1：未登记</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>%1 周岁</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>%1：否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PrintFonts</name>
    <message>
        <source>Printing needs the program's display part, which was not started.</source>
        <translation>打印需要程序的显示部分，但它没有启动。</translation>
    </message>
    <message>
        <source>No Song-style Chinese font for printing was found. Install AR PL UMing (package fonts-arphic-uming) or SimSun, then try again.</source>
        <translation>找不到打印用的宋体类中文字体。请安装 AR PL UMing（软件包 fonts-arphic-uming）或宋体后重试。</translation>
    </message>
</context>
<context>
    <name>PublicKeyCard</name>
    <message>
        <source>This is not a Tongbao public key file.</source>
        <translation>这不是童保台账的公钥文件。</translation>
    </message>
    <message>
        <source>The encryption key in the public key file is damaged.</source>
        <translation>公钥文件中的加密公钥已损坏。</translation>
    </message>
    <message>
        <source>The public key file does not say which ledger it belongs to.</source>
        <translation>公钥文件没有写明属于哪个台账。</translation>
    </message>
    <message>
        <source>The public key file of a town or district has no encryption key.</source>
        <translation>街镇或区县的公钥文件缺少加密公钥。</translation>
    </message>
    <message>
        <source>The public key file of a village must not carry an encryption key.</source>
        <translation>村（居）的公钥文件不应包含加密公钥。</translation>
    </message>
    <message>
        <source>The public key file was changed after it was made: its fingerprint does not match its keys. Ask for a new copy.</source>
        <translation>公钥文件在生成后被改动：指纹与公钥不符。请索取新的副本。</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>There is no village registered as number %1.</source>
        <translation>没有登记为第 %1 号的村（居）。</translation>
    </message>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>已存在名为 %1 的文件，请换一个名称。</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>回执无法写入 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>This file is not a complete Tongbao receipt: it is damaged, cut short, or something else.</source>
        <translation>该文件不是完整的童保台账回执：已损坏、不完整或是其他文件。</translation>
    </message>
    <message>
        <source>This receipt was signed with a key that is not registered here as the town's key. Nothing was saved.</source>
        <translation>该回执的签名密钥未在此登记为街镇公钥。未保存任何内容。</translation>
    </message>
    <message>
        <source>The receipt was altered after %1 signed it. Nothing was saved.</source>
        <translation>该回执在 %1 签名后被改动。未保存任何内容。</translation>
    </message>
    <message>
        <source>This receipt from %1 is meant for another ledger. Nothing was saved.</source>
        <translation>来自 %1 的这份回执是给其他台账的。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>The household could not be saved. Nothing was changed.</source>
        <translation>家庭信息未能保存，未做任何改动。</translation>
    </message>
    <message>
        <source>The household could not be deleted. Nothing was changed.</source>
        <translation>家庭信息未能删除，未做任何改动。</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>找不到该记录。</translation>
    </message>
    <message>
        <source>The ledger file could not be read.</source>
        <translation>无法读取台账文件。</translation>
    </message>
    <message>
        <source>The safety report could not be saved. Nothing was changed.</source>
        <translation>强制报告未能保存，未做任何改动。</translation>
    </message>
    <message>
        <source>The child's file could not be saved. Nothing was changed.</source>
        <translation>儿童档案未能保存，未做任何改动。</translation>
    </message>
    <message>
        <source>The child's file could not be deleted. Nothing was changed.</source>
        <translation>儿童档案未能删除，未做任何改动。</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>The change could not be saved to the ledger file. Nothing was changed.</source>
        <translation>修改未能保存到台账文件，未做任何改动。</translation>
    </message>
    <message>
        <source>The record no longer exists in this ledger.</source>
        <translation>本台账中已没有这条记录。</translation>
    </message>
    <message>
        <source>This record belongs to another ledger and can only be changed there.</source>
        <translation>这条记录属于其他台账，只能在该台账中修改。</translation>
    </message>
    <message>
        <source>This record was deleted and cannot be changed.</source>
        <translation>这条记录已删除，不能修改。</translation>
    </message>
    <message>
        <source>This record was already deleted.</source>
        <translation>这条记录已经删除。</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>No sound backup of this ledger was found in %1. The file was not opened and was not changed; keep it, someone with experience may still be able to rescue its contents.</source>
        <translation>在 %1 中没有找到本台账的完好备份。文件未被打开，也未被改动；请保留该文件，有经验的人员或许仍能抢救其中的内容。</translation>
    </message>
    <message>
        <source>You can update Tongbao, or open the latest backup made by this version, from %1. The newer file is kept beside it unchanged; the changes made in the newer version are not in the backup.</source>
        <translation>您可以升级童保台账，或打开本版本生成的最新备份（%1）。较新的文件原样保留在旁边；在较新版本中所做的改动不在该备份中。</translation>
    </message>
    <message>
        <source>The latest backup is from %1. Tongbao can put it in the ledger's place and open it.</source>
        <translation>最新备份生成于 %1。童保台账可以用它替换台账并打开。</translation>
    </message>
    <message>
        <source>The latest good backup is from %1. Tongbao can put it in place of this file and open it. The file as it is now is kept beside it, nothing is deleted. Changes made after %1 are not in the backup; enter them again.</source>
        <translation>最新的完好备份生成于 %1。童保台账可以用它替换此文件并打开。当前文件会原样保留在旁边，不会删除任何内容。%1 之后所做的改动不在备份中，请重新录入。</translation>
    </message>
    <message>
        <source>The ledger file has a problem</source>
        <translation>台账文件有问题</translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation>打开最新的完好备份</translation>
    </message>
    <message>
        <source>Do not open it</source>
        <translation>不打开</translation>
    </message>
    <message>
        <source>The backup from %1 is now the ledger %2.</source>
        <translation>%1 的备份现已成为台账 %2。</translation>
    </message>
    <message>
        <source>The file that had the problem is kept as %1.</source>
        <translation>有问题的文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>已打开备份</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>There is no recovery key to print.</source>
        <translation>没有可打印的恢复密钥。</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>The document cannot be printed</source>
        <translation>无法打印该文档</translation>
    </message>
    <message>
        <source>Save the monthly report as an Excel workbook</source>
        <translation>将月报另存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the monthly report as PDF</source>
        <translation>将月报另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the monthly report as CSV</source>
        <translation>将月报另存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The monthly report was not saved</source>
        <translation>月报未保存</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Print the monthly report</source>
        <translation>打印月报</translation>
    </message>
    <message>
        <source>Save the ledger spreadsheet</source>
        <translation>保存台账表格</translation>
    </message>
    <message>
        <source>The ledger spreadsheet was not saved</source>
        <translation>台账表格未保存</translation>
    </message>
    <message>
        <source>Save case sheets as PDF</source>
        <translation>将个案档案表另存为 PDF</translation>
    </message>
    <message>
        <source>Writing the case sheets…</source>
        <translation>正在生成个案档案表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Case sheets</source>
        <translation>个案档案表</translation>
    </message>
    <message>
        <source>Writing the case sheets… %1 of %2</source>
        <translation>正在生成个案档案表… %1/%2</translation>
    </message>
    <message>
        <source>The case sheets were not saved</source>
        <translation>个案档案表未保存</translation>
    </message>
    <message>
        <source>Print case sheets</source>
        <translation>打印个案档案表</translation>
    </message>
    <message>
        <source>Preparing the case sheets…</source>
        <translation>正在准备个案档案表…</translation>
    </message>
    <message>
        <source>Save the visit form as PDF</source>
        <translation>将走访记录表另存为 PDF</translation>
    </message>
    <message>
        <source>The visit form was not saved</source>
        <translation>走访记录表未保存</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>"%1" is missing or empty</source>
        <translation>“%1”缺失或为空</translation>
    </message>
    <message>
        <source>"%1" must be a list that is not empty</source>
        <translation>“%1”须为非空列表</translation>
    </message>
    <message>
        <source>"%1" must hold text only</source>
        <translation>“%1”只能包含文本</translation>
    </message>
    <message>
        <source>unknown %1 "%2"</source>
        <translation>未知的%1“%2”</translation>
    </message>
    <message>
        <source>a test must be an object</source>
        <translation>条件须为对象</translation>
    </message>
    <message>
        <source>"%1" must list at least one test</source>
        <translation>“%1”须至少列出一个条件</translation>
    </message>
    <message>
        <source>unknown fact "%1"</source>
        <translation>未知的事实项“%1”</translation>
    </message>
    <message>
        <source>"%1" must list at least one code</source>
        <translation>“%1”须至少列出一个代码</translation>
    </message>
    <message>
        <source>code of %1</source>
        <translation>%1代码</translation>
    </message>
    <message>
        <source>fact "%1" is a number: compare it with under, at_most, at_least or over</source>
        <translation>事实项“%1”是数值：请用 under、at_most、at_least 或 over 比较</translation>
    </message>
    <message>
        <source>fact "%1" cannot be tested this way</source>
        <translation>事实项“%1”不能这样判断</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>the id must be lower-case letters, digits and _</source>
        <translation>编号只能由小写字母、数字和 _ 组成</translation>
    </message>
    <message>
        <source>"when" is missing</source>
        <translation>缺少“when”</translation>
    </message>
    <message>
        <source>"facts" must list exactly the facts that "when" reads: %1</source>
        <translation>“facts”须恰好列出“when”所用的事实项：%1</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>the file is not valid JSON (at character %1)</source>
        <translation>该文件不是有效的 JSON（在第 %1 个字符处）</translation>
    </message>
    <message>
        <source>the file is not a Tongbao rule set ("format" must be "%1")</source>
        <translation>该文件不是童保台账规则集（“format”须为“%1”）</translation>
    </message>
    <message>
        <source>"version" must be a whole number from 1</source>
        <translation>“version”须为不小于 1 的整数</translation>
    </message>
    <message>
        <source>the set has no rules</source>
        <translation>规则集中没有规则</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>编号重复</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule set %1 cannot be used: %2.</source>
        <translation>无法使用规则集 %1：%2。</translation>
    </message>
    <message>
        <source>The rule set %1 could not be read.</source>
        <translation>无法读取规则集 %1。</translation>
    </message>
    <message>
        <source>The rule set "%1" named in the ledger's settings is not part of this program.</source>
        <translation>台账设置中指定的规则集“%1”不在本程序中。</translation>
    </message>
</context>
<context>
    <name>SafetyReportPrinting</name>
    <message>
        <source>Safety report form</source>
        <translation>强制报告登记表</translation>
    </message>
    <message>
        <source>Print the safety report form</source>
        <translation>打印强制报告登记表</translation>
    </message>
    <message>
        <source>The form cannot be printed</source>
        <translation>登记表无法打印</translation>
    </message>
    <message>
        <source>Save the safety report form</source>
        <translation>保存强制报告登记表</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The form cannot be saved</source>
        <translation>登记表无法保存</translation>
    </message>
</context>
<context>
    <name>SafetyReportSheet</name>
    <message>
        <source>The safety report was not found.</source>
        <translation>找不到该强制报告。</translation>
    </message>
</context>
<context>
    <name>SafetyReports</name>
    <message>
        <source>The safety report cannot be opened</source>
        <translation>无法打开该强制报告</translation>
    </message>
    <message>
        <source>Safety reports are not shown to your role</source>
        <translation>您的角色不能查看强制报告</translation>
    </message>
    <message>
        <source>Safety reports are kept by the child-welfare supervisor and the town. Ask them if a child is in danger; in an emergency call 110.</source>
        <translation>强制报告由儿童主任和街镇保管。如有儿童处于危险中，请与他们联系；紧急情况请拨打110。</translation>
    </message>
</context>
<context>
    <name>SafetyWorkflow</name>
    <message>
        <source>Choose the child this report is about.</source>
        <translation>请选择本报告涉及的儿童。</translation>
    </message>
    <message>
        <source>Tick at least one of the situations that were found.</source>
        <translation>请至少勾选一项发现的情形。</translation>
    </message>
    <message>
        <source>One of the ticked situations is not in the list (%1). Please tick it again.</source>
        <translation>勾选的情形中有一项不在列表中（%1），请重新勾选。</translation>
    </message>
    <message>
        <source>Enter when the danger was found.</source>
        <translation>请填写发现时间。</translation>
    </message>
    <message>
        <source>The time the danger was found cannot be later than now.</source>
        <translation>发现时间不能晚于现在。</translation>
    </message>
    <message>
        <source>This report is closed; nothing more can be added to it.</source>
        <translation>本报告已结案，不能再添加内容。</translation>
    </message>
    <message>
        <source>Choose who was told: the police, the town, or another office.</source>
        <translation>请选择报告对象：公安机关、街镇或其他部门。</translation>
    </message>
    <message>
        <source>Choose how they were told: by phone, in person, in writing or online.</source>
        <translation>请选择报告方式：电话、当面、书面或网络平台。</translation>
    </message>
    <message>
        <source>Enter when they were told.</source>
        <translation>请填写报告时间。</translation>
    </message>
    <message>
        <source>The time they were told cannot be later than now.</source>
        <translation>报告时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The time they were told cannot be before the danger was found (%1).</source>
        <translation>报告时间不能早于发现时间（%1）。</translation>
    </message>
    <message>
        <source>Choose the kind of step: emergency handling, assessment and help, or guardianship intervention.</source>
        <translation>请选择处置类型：应急处置、评估帮扶或监护干预。</translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation>请填写处置日期。</translation>
    </message>
    <message>
        <source>The date of the step cannot be later than today.</source>
        <translation>处置日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date of the step cannot be before the danger was found (%1).</source>
        <translation>处置日期不能早于发现时间（%1）。</translation>
    </message>
    <message>
        <source>Enter who carried out the step.</source>
        <translation>请填写处置人或处置单位。</translation>
    </message>
    <message>
        <source>Write down what came of the step.</source>
        <translation>请填写处置结果。</translation>
    </message>
    <message>
        <source>This report is already closed.</source>
        <translation>本报告已经结案。</translation>
    </message>
    <message>
        <source>Write down how the case ended before closing it.</source>
        <translation>结案前请填写处理结果。</translation>
    </message>
    <message>
        <source>The report to the police has not been recorded. Record it first, or write down why the police were not told.</source>
        <translation>尚未登记向公安机关报告的情况。请先登记，或写明未报警的原因。</translation>
    </message>
    <message>
        <source>Why the police were not told: %1</source>
        <translation>未报警原因：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit this report comes from was not found.</source>
        <translation>找不到引出本报告的走访记录。</translation>
    </message>
    <message>
        <source>This report has already been started.</source>
        <translation>本报告已经开始。</translation>
    </message>
    <message>
        <source>The child's file was not found.</source>
        <translation>找不到该儿童档案。</translation>
    </message>
    <message>
        <source>The visit this report comes from is about another child.</source>
        <translation>引出本报告的走访记录属于另一名儿童。</translation>
    </message>
    <message>
        <source>The safety report could not be saved. Nothing was changed.</source>
        <translation>强制报告未能保存，未做任何改动。</translation>
    </message>
    <message>
        <source>The safety report was not found.</source>
        <translation>找不到该强制报告。</translation>
    </message>
</context>
<context>
    <name>SaveProblem</name>
    <message>
        <source>The folder %1 does not exist (a USB stick taken out?). Choose another folder and save again.</source>
        <translation>文件夹 %1 不存在（U盘是否已拔出？）。请选择其他文件夹后重新保存。</translation>
    </message>
    <message>
        <source>The disk where %1 should go is full. Delete files you no longer need, or save on another disk or a USB stick.</source>
        <translation>%1 所在的磁盘已满。请删除不再需要的文件，或保存到其他磁盘或U盘。</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced: it is open in another program (such as WPS or Excel) or it is read-only. Close it there and save again, or save under another name.</source>
        <translation>无法替换文件 %1：它已在其他程序（如 WPS 或 Excel）中打开，或为只读文件。请在该程序中关闭后重新保存，或另存为其他名称。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder, such as Documents, and save again.</source>
        <translation>无法写入文件夹 %1。请选择其他文件夹（如“文档”）后重新保存。</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Check that the disk is not full and that the file is not open in another program, then save again.</source>
        <translation>无法写入文件 %1。请检查磁盘是否已满、文件是否已在其他程序中打开，然后重新保存。</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Visits for high-risk children</source>
        <translation>高风险儿童走访周期</translation>
    </message>
    <message>
        <source>Visits for medium-risk children</source>
        <translation>中风险儿童走访周期</translation>
    </message>
    <message>
        <source>Visits for low-risk children</source>
        <translation>低风险儿童走访周期</translation>
    </message>
    <message>
        <source>The look-ahead for 16th and 18th birthdays</source>
        <translation>年满16、18周岁的提前提醒天数</translation>
    </message>
    <message>
        <source>The look-ahead for measures that end</source>
        <translation>保障措施到期的提前提醒天数</translation>
    </message>
    <message>
        <source>%1 must be a number of days from 1 to %2.</source>
        <translation>%1须为1至%2之间的天数。</translation>
    </message>
    <message>
        <source>The visit schedule could not be saved. Nothing was changed.</source>
        <translation>走访计划未能保存，未做任何改动。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index of the register could not be read.</source>
        <translation>无法读取台账的检索索引。</translation>
    </message>
    <message>
        <source>The search index of the register could not be rebuilt.</source>
        <translation>无法重建台账的检索索引。</translation>
    </message>
</context>
<context>
    <name>SignedContainer</name>
    <message>
        <source>This file is not a complete Tongbao file of this kind: it is damaged, cut short, or something else.</source>
        <translation>该文件不是完整的此类童保台账文件：已损坏、不完整或是其他文件。</translation>
    </message>
</context>
<context>
    <name>TrustRegistry</name>
    <message>
        <source>This is this ledger's own public key.</source>
        <translation>这是本台账自己的公钥。</translation>
    </message>
    <message>
        <source>The key file belongs to area %1, not %2. Check that this is the right file and the right area code on the registration sheet.</source>
        <translation>该公钥文件属于区划 %1，而不是 %2。请核对文件是否正确，以及登记表上的区划代码。</translation>
    </message>
    <message>
        <source>Give the name of the unit the key belongs to.</source>
        <translation>请填写公钥所属单位的名称。</translation>
    </message>
    <message>
        <source>A %1 ledger does not exchange batches with another %1 ledger.</source>
        <translation>%1台账之间不互相报送批次。</translation>
    </message>
    <message>
        <source>This key is already registered (number %1, %2).</source>
        <translation>该公钥已登记（第 %1 号，%2）。</translation>
    </message>
    <message>
        <source>The key of %1 (number %2) is registered as the office batches are sent to. Revoke it first to register another.</source>
        <translation>%1 的公钥（第 %2 号）已登记为报送对象。请先吊销它，再登记其他公钥。</translation>
    </message>
    <message>
        <source>Another key of the same ledger is registered (number %1). Revoke it first, naming the last batch signed with it.</source>
        <translation>同一台账的另一公钥已登记（第 %1 号）。请先吊销它，并写明用它签名的最后一批。</translation>
    </message>
    <message>
        <source>The last batch to accept must be 0 or more.</source>
        <translation>最后接收的批次号须为 0 或更大。</translation>
    </message>
    <message>
        <source>There is no registered key number %1.</source>
        <translation>没有第 %1 号已登记公钥。</translation>
    </message>
    <message>
        <source>The key of %1 was already revoked after batch %2.</source>
        <translation>%1 的公钥已在第 %2 批之后吊销。</translation>
    </message>
</context>
<context>
    <name>VillageDirectory</name>
    <message>
        <source>Unregistered unit (%1)</source>
        <translation>未登记单位（%1）</translation>
    </message>
</context>
<context>
    <name>VisitDraftStore</name>
    <message>
        <source>The draft does not say which child the visit is about.</source>
        <translation>草稿中没有写明走访的是哪名儿童。</translation>
    </message>
    <message>
        <source>What you typed could not be kept as a draft in the ledger file. Save the visit as soon as you can.</source>
        <translation>您输入的内容无法作为草稿保存到台账文件。请尽快保存走访记录。</translation>
    </message>
    <message>
        <source>The draft could not be removed from the ledger file.</source>
        <translation>无法从台账文件删除草稿。</translation>
    </message>
</context>
<context>
    <name>VisitForms</name>
    <message>
        <source>The visit form cannot be opened</source>
        <translation>无法打开走访记录表</translation>
    </message>
    <message>
        <source>The draft is no longer in the ledger; it was saved or thrown away meanwhile.</source>
        <translation>草稿已不在台账中；其间已被保存或丢弃。</translation>
    </message>
    <message>
        <source>• %1, last typed %2</source>
        <translation>• %1，最后输入于 %2</translation>
    </message>
    <message>
        <source>(child not found)</source>
        <translation>（找不到该儿童）</translation>
    </message>
    <message>
        <source>Unfinished visits</source>
        <translation>未完成的走访记录</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were not finished when Tongbao last closed:</source>
        <translation>
            <numerusform>童保台账上次关闭时，有 %n 份走访记录尚未完成：</numerusform>
        </translation>
    </message>
    <message>
        <source>Open them again to finish them? Everything typed was kept. Later, they are on the workbench.</source>
        <translation>现在打开并完成吗？输入的内容都已保留。稍后也可在工作台找到。</translation>
    </message>
    <message>
        <source>Open them again</source>
        <translation>现在打开</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>Enter the date of the visit, for example %1.</source>
        <translation>请填写走访日期，例如 %1。</translation>
    </message>
    <message>
        <source>The visit date cannot be later than today (%1).</source>
        <translation>走访日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>Choose how the visit was made: at home, by phone, by video or at school.</source>
        <translation>请选择走访方式：入户、电话、视频或学校。</translation>
    </message>
    <message>
        <source>A child is seen in person only at a home visit or at school. Untick “seen in person” or choose another mode.</source>
        <translation>只有入户或在学校走访才能见到儿童本人。请取消勾选“见到儿童本人”，或选择其他走访方式。</translation>
    </message>
    <message>
        <source>Choose one of the answers again.</source>
        <translation>请重新选择一个选项。</translation>
    </message>
    <message>
        <source>The next visit must come after this visit (%1).</source>
        <translation>下次走访须在本次走访（%1）之后。</translation>
    </message>
    <message>
        <source>The child's file was not found.</source>
        <translation>找不到该儿童档案。</translation>
    </message>
    <message>
        <source>This visit belongs to another child's file.</source>
        <translation>该走访记录属于另一名儿童的档案。</translation>
    </message>
    <message>
        <source>The visit could not be saved. Nothing was changed.</source>
        <translation>走访记录未能保存，未做任何改动。</translation>
    </message>
</context>
<context>
    <name>WorkbenchFigures</name>
    <message>
        <source>The charts could not be drawn: the ledger file could not be read.</source>
        <translation>无法绘制图表：无法读取台账文件。</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The sheet "%1" could not be added.</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be filled in (%1).</source>
        <translation>无法填写表格（%1）。</translation>
    </message>
</context>
<context>
    <name>tongbao::AccountActions</name>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>用户管理…</translation>
    </message>
    <message>
        <source>History and access log…</source>
        <translation>修改记录和访问日志…</translation>
    </message>
</context>
<context>
    <name>tongbao::AuditDialog</name>
    <message>
        <source>History and access log</source>
        <translation>修改记录和访问日志</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>child record id</source>
        <translation>儿童记录编号</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Save as spreadsheet…</source>
        <translation>另存为表格…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the history</source>
        <translation>保存修改记录</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>表格 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>tongbao::BackupActions</name>
    <message>
        <source>&amp;Backup now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup to &amp;folder…</source>
        <translation>备份到文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>恢复(&amp;S)…</translation>
    </message>
    <message>
        <source>Backing up the ledger…</source>
        <translation>正在备份台账…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation>无法进行自动备份：%1</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>已完成每日备份：%1</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>无法进行每日备份：%1</translation>
    </message>
    <message>
        <source>The ledger was backed up to %1.

Tongbao keeps a backup for each of the last 7 days, 4 weeks and 12 months in that folder. To keep a copy away from this computer, use Backup to folder….</source>
        <translation>台账已备份到 %1。

童保台账在该文件夹中保留最近 7 天、4 周和 12 个月的备份，每天、每周、每月各一份。如需在本电脑以外保存副本，请使用“备份到文件夹…”。</translation>
    </message>
    <message>
        <source>Backups on a stick are encrypted, so that a lost stick shows nothing. Enter the administrator's password; it will be needed to restore these backups.</source>
        <translation>U盘上的备份经过加密，即使U盘丢失也不会泄露内容。请输入管理员密码；恢复这些备份时需要此密码。</translation>
    </message>
    <message>
        <source>Backup to folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <source>Backup to folder: choose the stick or folder</source>
        <translation>备份到文件夹：请选择U盘或文件夹</translation>
    </message>
    <message>
        <source>Encrypted backups (*.age)</source>
        <translation>加密备份 (*.age)</translation>
    </message>
    <message>
        <source>The encrypted backup was written to %1, with the key file %2 beside it. Keep both; restoring needs them and the administrator's password.</source>
        <translation>加密备份已写入 %1，密钥文件 %2 放在其旁边。请同时保管好这两个文件；恢复时需要它们和管理员密码。</translation>
    </message>
    <message>
        <source>Restore: choose a backup</source>
        <translation>恢复：请选择备份</translation>
    </message>
    <message>
        <source>Backups (*.tongbao *.age);;All files (*)</source>
        <translation>备份 (*.tongbao *.age);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter the administrator's password.</source>
        <translation>该备份已加密。请输入管理员密码。</translation>
    </message>
    <message>
        <source>-restored</source>
        <translation>-已恢复</translation>
    </message>
    <message>
        <source>Restore: save the ledger as</source>
        <translation>恢复：将台账另存为</translation>
    </message>
    <message>
        <source>The ledger that is open cannot be replaced while it is open. Choose another name; the restored ledger will then be opened.</source>
        <translation>正在打开的台账不能被替换。请选择其他名称；恢复后将打开恢复的台账。</translation>
    </message>
    <message>
        <source>The backup was checked and restored to %1, which is now open.</source>
        <translation>备份已校验并恢复为 %1，现已打开。</translation>
    </message>
    <message>
        <source>The file that was there is kept as %1.</source>
        <translation>原有文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Backups on a stick are encrypted with the ledger's backup key, which the administrator has not made yet. It is made when the administrator logs in; ask them to log in once, then try again.</source>
        <translation>U盘上的备份要用台账的备份密钥加密，而管理员尚未生成备份密钥。管理员登录时会生成该密钥；请管理员登录一次后再试。</translation>
    </message>
    <message>
        <source>A backup was made on this computer meanwhile: %1</source>
        <translation>不过已在本电脑上完成了一份备份：%1</translation>
    </message>
    <message>
        <source>The backup on this computer could not be made either: %1</source>
        <translation>本电脑上的备份也未能完成：%1</translation>
    </message>
</context>
<context>
    <name>tongbao::BasicFactsSection</name>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Hukou and residence</source>
        <translation>户籍与居住</translation>
    </message>
    <message>
        <source>Difficulty and risk</source>
        <translation>困境类别与风险</translation>
    </message>
    <message>
        <source>Health and disability</source>
        <translation>健康与残疾</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>就学情况</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>as on the hukou register</source>
        <translation>与户口簿一致</translation>
    </message>
    <message>
        <source>18 characters; fills in birth date and sex</source>
        <translation>18位；自动填写出生日期和性别</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>6至12位数字</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>20 characters: the ID number, category and level</source>
        <translation>20位：身份证号、残疾类别和等级</translation>
    </message>
    <message>
        <source>Open that file</source>
        <translation>打开该档案</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation>请按 2026-11-29 的格式输入日期，或从日历中选择。</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) to type.</source>
        <translation>
            <numerusform>还需输入 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongbao::ChangePasswordDialog</name>
    <message>
        <source>The two new passwords differ; type the same twice.</source>
        <translation>两次输入的新密码不一致；请输入相同的密码。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tongbao::ChildFileHeader</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the file (Ctrl+S)</source>
        <translation>保存档案（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close file…</source>
        <translation>退出档案…</translation>
    </message>
    <message>
        <source>The child leaves the register: turned 18, moved away, …</source>
        <translation>儿童退出台账：年满18周岁、迁出……</translation>
    </message>
    <message>
        <source>Reopen file</source>
        <translation>恢复在册</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>新建儿童档案</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>身份证号 %1</translation>
    </message>
    <message>
        <source>household of %1</source>
        <translation>%1家</translation>
    </message>
    <message>
        <source>file opened %1</source>
        <translation>建档于 %1</translation>
    </message>
    <message>
        <source>Fill in the child's facts; Save stores the file.</source>
        <translation>填写儿童基本情况，点击“保存”建立档案。</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险等级：%1</translation>
    </message>
    <message>
        <source>This file was closed on %1: %2. It stays in the register; reopen it if the child needs looking after again.</source>
        <translation>本档案已于 %1 退出：%2。档案仍保留在台账中；如儿童再次需要关爱保护，可恢复在册。</translation>
    </message>
    <message>
        <source>%1 keeps this file; changes to it are made there.</source>
        <translation>本档案由%1维护，修改请在%1进行。</translation>
    </message>
    <message>
        <source>%1 keeps this child's file. %2 can read it here; changes to it are made by %1 and arrive with its next batch. %2 can add its own notes and referrals.</source>
        <translation>本儿童档案由%1建立和维护。%2可在此查阅，档案的修改由%1进行，随其下一批数据报送过来。%2可以添加本单位的备注和转介。</translation>
    </message>
    <message>
        <source>This file was closed on %1: %2.</source>
        <translation>本档案已于%1退出：%2。</translation>
    </message>
</context>
<context>
    <name>tongbao::ChildFileWindow</name>
    <message>
        <source>Basic facts</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>监护情况</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>保障措施</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>To save: %1 — %2</source>
        <translation>保存前请处理：%1 — %2</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>有修改尚未保存</translation>
    </message>
    <message>
        <source>Is this another child?</source>
        <translation>这是另一名儿童吗？</translation>
    </message>
    <message>
        <source>Save this file only if it is a different child with the same name and date of birth.</source>
        <translation>只有在确实是同名同出生日期的另一名儿童时才保存。</translation>
    </message>
    <message>
        <source>Different child: save</source>
        <translation>是另一名儿童：保存</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Not saved: a child with this name and date of birth is on file.</source>
        <translation>未保存：已有同名同出生日期的儿童在册。</translation>
    </message>
    <message>
        <source>This child is already on file</source>
        <translation>该儿童已在册</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>New child — Tongbao</source>
        <translation>新建儿童档案 — 童保台账</translation>
    </message>
    <message>
        <source>%1 — Child's file — Tongbao</source>
        <translation>%1 — 儿童档案 — 童保台账</translation>
    </message>
    <message>
        <source>Save the file first.</source>
        <translation>请先保存档案。</translation>
    </message>
    <message>
        <source>Save the changes first?</source>
        <translation>先保存修改吗？</translation>
    </message>
    <message>
        <source>This file has changes that are not saved yet. Save them before closing the file?</source>
        <translation>本档案有尚未保存的修改。退出档案前先保存吗？</translation>
    </message>
    <message>
        <source>The file was closed.</source>
        <translation>档案已退出。</translation>
    </message>
    <message>
        <source>The file was reopened.</source>
        <translation>档案已恢复在册。</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>保存修改吗？</translation>
    </message>
    <message>
        <source>What you typed in this file has not been saved.</source>
        <translation>您在本档案中输入的内容尚未保存。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Entitlement check</source>
        <translation>应享保障核查</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Read only: kept by %1</source>
        <translation>只读：由%1维护</translation>
    </message>
    <message>
        <source>%1 keeps this child's measures. To refer the child, add a referral under Referrals.</source>
        <translation>该儿童的保障措施由%1维护。如需转介，请在“转介”中新增。</translation>
    </message>
</context>
<context>
    <name>tongbao::ChildListModel</name>
    <message>
        <source>Risk not assessed yet</source>
        <translation>尚未评估风险</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险等级：%1</translation>
    </message>
    <message>
        <source>The ID number is partly hidden in lists; the child's file shows it.</source>
        <translation>列表中身份证号部分隐藏，儿童档案中显示完整号码。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Village group</source>
        <extracomment>组/社 of the village where the child lives</extracomment>
        <translation>组/社</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>困境类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案状态</translation>
    </message>
    <message>
        <source>%1 (area code %2)</source>
        <translation>%1（区划代码 %2）</translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>村（社区）: the village or community whose ledger the child's file comes from</extracomment>
        <translation>村（社区）</translation>
    </message>
</context>
<context>
    <name>tongbao::CloseFileDialog</name>
    <message>
        <source>Close the file of %1</source>
        <translation>退出%1的档案</translation>
    </message>
    <message>
        <source>The file stays in the register, marked closed, and can be reopened. Visits are no longer due.</source>
        <translation>档案仍保留在台账中，标记为退出，可恢复在册。不再安排走访。</translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation>请按 2026-11-29 的格式输入日期，或从日历中选择。</translation>
    </message>
</context>
<context>
    <name>tongbao::EntitlementListDialog</name>
    <message>
        <source>Children who may be missing an entitlement</source>
        <translation>可能未落实应享保障的儿童</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Village group</source>
        <translation>组/社</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>应享保障</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save as spreadsheet…</source>
        <translation>另存为表格…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 of %2 open files may be missing an entitlement (%3 in all), by department and rule of %4. Double-click a row to open the file.</source>
        <translation>%2 份在册档案中有 %1 份可能未落实应享保障（共 %3 项），按%4的责任部门和规则列出。双击一行可打开档案。</translation>
    </message>
    <message>
        <source>entitlements</source>
        <translation>应享保障</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Save as spreadsheet</source>
        <translation>另存为表格</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>tongbao::EntitlementTile</name>
    <message>
        <source>Entitlements missing</source>
        <extracomment>Workbench count: children who may be missing an entitlement (可能未落实保障)</extracomment>
        <translation>可能未落实保障</translation>
    </message>
</context>
<context>
    <name>tongbao::EntitlementsSection</name>
    <message>
        <source>Select an entitlement to see where the policy provides it.</source>
        <translation>选择一项应享保障，可查看其政策依据。</translation>
    </message>
    <message>
        <source>Refer to the department</source>
        <translation>转介至责任部门</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3:&lt;br&gt;“%4”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3：&lt;br&gt;“%4”</translation>
    </message>
    <message>
        <source>Refer to %1</source>
        <translation>转介至%1</translation>
    </message>
    <message>
        <source>Added %1 to the measures, to apply for.</source>
        <translation>已将%1添加到保障措施（待申请）。</translation>
    </message>
    <message>
        <source>Referred to %1 today.</source>
        <translation>今天已转介至%1。</translation>
    </message>
    <message>
        <source>Entitlement check</source>
        <extracomment>Section of the child's file: 保障核查</extracomment>
        <translation>应享保障核查</translation>
    </message>
    <message>
        <source>No rule of %1 applies to this child.</source>
        <translation>%1 中没有适用于该儿童的规则。</translation>
    </message>
    <message numerus="yes">
        <source>%1 applies %n rule(s) to this child; %2 missing.</source>
        <translation>
            <numerusform>%1 中有 %n 条规则适用于该儿童；%2 项未落实。</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>应享保障</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Create the measure (to apply)</source>
        <translation>新增措施（待申请）</translation>
    </message>
</context>
<context>
    <name>tongbao::ExchangePage</name>
    <message>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>This ledger's key</source>
        <translation>本台账的密钥</translation>
    </message>
    <message>
        <source>Make keys…</source>
        <translation>生成密钥…</translation>
    </message>
    <message>
        <source>Save public key file…</source>
        <translation>保存公钥文件…</translation>
    </message>
    <message>
        <source>Key registration sheet</source>
        <translation>公钥登记表</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print key registration sheet…</source>
        <translation>打印公钥登记表…</translation>
    </message>
    <message>
        <source>%1 · %2 · area code %3</source>
        <translation>%1 · %2 · 区划代码 %3</translation>
    </message>
    <message>
        <source>Only the ledger's administrator makes the keys.</source>
        <translation>只有台账管理员才能生成密钥。</translation>
    </message>
    <message>
        <source>This ledger has no keys yet. The town needs them to open the batches villages send and to sign its receipts.</source>
        <translation>本台账还没有密钥。街镇需要密钥来打开各村（居）报送的批次，并为回执签名。</translation>
    </message>
    <message>
        <source>This ledger has no keys yet. They sign the batches sent to the town, so that the town knows they come from this village.</source>
        <translation>本台账还没有密钥。密钥用于为报送街镇的批次签名，使街镇能确认批次来自本村（居）。</translation>
    </message>
    <message>
        <source>Fingerprint of the public key, made %1.</source>
        <translation>公钥指纹，生成于 %1。</translation>
    </message>
    <message>
        <source>Give each village the public key file and the signed, stamped registration sheet; the village compares this fingerprint before installing the key.</source>
        <translation>请将公钥文件和签字盖章的登记表交给各村（居）；村（居）在登记公钥前会核对此指纹。</translation>
    </message>
    <message>
        <source>Give the town the public key file and the registration sheet, signed and stamped; the town compares this fingerprint before registering the key.</source>
        <translation>请将公钥文件和签字盖章的登记表交给街镇；街镇在登记公钥前会核对此指纹。</translation>
    </message>
    <message>
        <source>Choose the password that will protect this ledger's keys. It is asked each time a batch or a receipt is made or opened.</source>
        <translation>请设置保护本台账密钥的密码。每次生成或打开批次、回执时都需要输入该密码。</translation>
    </message>
    <message>
        <source>The keys were made. Save the public key file and print the registration sheet for the other office.</source>
        <translation>密钥已生成。请保存公钥文件，并为对方单位打印登记表。</translation>
    </message>
    <message>
        <source>Save the public key file</source>
        <translation>保存公钥文件</translation>
    </message>
    <message>
        <source>Tongbao public keys (*.pub)</source>
        <translation>童保台账公钥 (*.pub)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The public key was saved as %1 (fingerprint %2). It holds no secret and no child's data.</source>
        <translation>公钥已保存为 %1（指纹 %2）。其中不含任何机密信息，也不含儿童数据。</translation>
    </message>
    <message>
        <source>The key registration sheet was saved as %1. Print it, sign it and stamp it.</source>
        <translation>公钥登记表已保存为 %1。请打印、签字并盖章。</translation>
    </message>
</context>
<context>
    <name>tongbao::ExchangeProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Almost done. This last part cannot be cancelled.</source>
        <translation>即将完成，最后这一步不能取消。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>tongbao::FilterChipBar</name>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困境类别</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>档案状态</translation>
    </message>
    <message>
        <source>Village group</source>
        <translation>组/社</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>No visit for</source>
        <translation>未走访时长</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) or more</source>
        <translation>
            <numerusform>%n 天及以上</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <extracomment>An age band of the register's filter, in whole years: "6–11 years"</extracomment>
        <translation>%1–%2 岁</translation>
    </message>
    <message numerus="yes">
        <source>No visit for %n day(s)</source>
        <translation>
            <numerusform>%n 天未走访</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>去掉此筛选条件</translation>
    </message>
    <message>
        <source>Filter ▾</source>
        <translation>筛选 ▾</translation>
    </message>
    <message>
        <source>More filters ▾</source>
        <translation>更多筛选 ▾</translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>村（社区）: filter the register of a town by the village the files come from</extracomment>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Unregistered unit</source>
        <extracomment>A register filter on a village that is no longer registered</extracomment>
        <translation>未登记单位</translation>
    </message>
</context>
<context>
    <name>tongbao::GuardianshipSection</name>
    <message>
        <source>Guardianship</source>
        <translation>监护情况</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Actual caregiver</source>
        <translation>实际照料人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>务工地</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation>与儿童关系</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>city, for work away from home</source>
        <translation>外出务工的城市</translation>
    </message>
    <message>
        <source>Entrusted care only: the day the parents told the committee in writing (Law on the Protection of Minors, art. 22).</source>
        <translation>仅委托照护填写：父母书面告知村（居）委会的日期（《未成年人保护法》第二十二条）。</translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation>请按 2026-11-29 的格式输入日期，或从日历中选择。</translation>
    </message>
</context>
<context>
    <name>tongbao::HouseholdPickerDialog</name>
    <message>
        <source>Choose the household</source>
        <translation>选择家庭</translation>
    </message>
    <message>
        <source>Type part of the head's name, the phone, the address or a child's name. Enter chooses the household selected.</source>
        <translation>输入户主姓名、电话、地址或儿童姓名的一部分。按回车选择选中的家庭。</translation>
    </message>
    <message>
        <source>Children on file</source>
        <translation>在册儿童</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tongbao::HouseholdSection</name>
    <message>
        <source>The child's household</source>
        <translation>儿童所在家庭</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Children on file</source>
        <translation>在册儿童</translation>
    </message>
    <message>
        <source>Choose a household…</source>
        <translation>选择家庭…</translation>
    </message>
    <message>
        <source>A household already entered, for brothers and sisters</source>
        <translation>已录入的家庭（兄弟姐妹共用）</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新建家庭</translation>
    </message>
    <message>
        <source>No household</source>
        <translation>不关联家庭</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Other children of this household who have a file here. Enter or a double-click opens a file.</source>
        <translation>该家庭在本台账中有档案的其他儿童。按回车或双击打开档案。</translation>
    </message>
    <message>
        <source>This child is not linked to a household yet. Choose the household if a brother or sister is on file, or enter a new one.</source>
        <translation>该儿童尚未关联家庭。如有兄弟姐妹在册，请选择其家庭；否则新建家庭。</translation>
    </message>
    <message>
        <source>A new household, saved with the child's file.</source>
        <translation>新家庭，随儿童档案一起保存。</translation>
    </message>
    <message>
        <source>(no head entered)</source>
        <translation>（未填户主）</translation>
    </message>
    <message numerus="yes">
        <source>Household of %1 · %n child(ren) on file</source>
        <translation>
            <numerusform>%1家 · 在册儿童 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29.</source>
        <translation>请按 2026-11-29 的格式输入日期。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>This child is not linked to a household.</source>
        <translation>该儿童未关联家庭。</translation>
    </message>
</context>
<context>
    <name>tongbao::ImportPreviewDialog</name>
    <message>
        <source>Import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>This batch cannot be imported</source>
        <translation>无法导入该批次</translation>
    </message>
    <message>
        <source>This batch is already in the ledger</source>
        <translation>该批次已在台账中</translation>
    </message>
    <message>
        <source>Check the batch before importing it</source>
        <translation>导入前请核对批次</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>From village:</source>
        <translation>来自村（居）：</translation>
    </message>
    <message>
        <source>%1 (area code %2)</source>
        <translation>%1（区划代码 %2）</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>valid: signed with the registered key of %1, unaltered since</source>
        <translation>有效：由 %1 的已登记公钥签名，签名后未被改动</translation>
    </message>
    <message>
        <source>Batch number:</source>
        <translation>批次号：</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>生成时间：</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>变动：</translation>
    </message>
    <message>
        <source>numbers %1 to %2 of the village's ledger</source>
        <translation>该村（居）台账的第 %1 至 %2 号变动</translation>
    </message>
    <message numerus="yes">
        <source>Also %n history entries of the village's ledger, kept apart from the town's own history.</source>
        <translation>
            <numerusform>另有该村（居）台账的 %n 条修改记录，与本街镇自身的修改记录分开保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch holds no changes this ledger does not already have.</source>
        <translation>该批次中没有本台账尚未包含的变动。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Safety reports</source>
        <translation>强制报告</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>其他记录</translation>
    </message>
</context>
<context>
    <name>tongbao::KeyPassword</name>
    <message>
        <source>Protect the ledger's keys</source>
        <translation>保护台账密钥</translation>
    </message>
    <message>
        <source>Ledger keys password</source>
        <translation>台账密钥密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>Make keys</source>
        <translation>生成密钥</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Write the password down and keep it with the ledger's papers: it cannot be recovered, and without it no batch can be sent or opened.</source>
        <translation>请把密码记下来，与台账的纸质材料放在一起保管：密码无法找回，没有它就不能报送或打开任何批次。</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>tongbao::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The window was locked because nobody used it for a while</source>
        <translation>窗口因一段时间无人操作已锁定</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>This is a demo ledger with invented data. Its users are admin, supervisor and reviewer; the password is %1.</source>
        <translation>这是使用虚构数据的演示台账。用户为 admin、supervisor 和 reviewer；密码为 %1。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>The administrator set a new password for you. Choose your own now.</source>
        <translation>管理员已为您设置了新密码。请现在设置您自己的密码。</translation>
    </message>
    <message>
        <source>%1 (encrypted ledger)</source>
        <translation>%1（加密台账）</translation>
    </message>
</context>
<context>
    <name>tongbao::MainWindow</name>
    <message>
        <source>Children</source>
        <extracomment>Navigation entry: 儿童台账</extracomment>
        <translation>儿童台账</translation>
    </message>
    <message>
        <source>The ledger cannot be opened</source>
        <translation>无法打开台账</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>The ledger %1 was created.</source>
        <translation>台账 %1 已创建。</translation>
    </message>
    <message>
        <source>Open ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>（找不到）</translation>
    </message>
    <message>
        <source>No ledgers opened yet</source>
        <translation>尚未打开过台账</translation>
    </message>
    <message>
        <source>Clear this list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Tongbao</source>
        <translation>童保台账</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;child…</source>
        <translation>新建儿童档案(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;New ledger…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open ledger…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent ledgers</source>
        <translation>最近打开的台账(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Hide names in lists (for screen sharing)</source>
        <translation>列表中隐藏姓名（共享屏幕时用）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tongbao</source>
        <translation>关于童保台账(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — Tongbao</source>
        <translation>%1 — 童保台账</translation>
    </message>
    <message>
        <source>Ledger: %1 (%2)</source>
        <translation>台账：%1（%2）</translation>
    </message>
    <message>
        <source>Ledger file: %1</source>
        <translation>台账文件：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>About Tongbao</source>
        <translation>关于童保台账</translation>
    </message>
    <message>
        <source>Tongbao %1

The ledger of children in difficult circumstances, kept by the village or community on this computer, without an internet connection.</source>
        <translation>童保台账 %1

困境儿童信息台账，由村（居）在本机保存，无需联网。</translation>
    </message>
    <message>
        <source>Workbench</source>
        <extracomment>Navigation entry: 工作台</extracomment>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Reports</source>
        <extracomment>Navigation entry: 统计报表</extracomment>
        <translation>报表</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <extracomment>Navigation entry: 数据交换</extracomment>
        <translation>数据交换</translation>
    </message>
</context>
<context>
    <name>tongbao::MeasureDialog</name>
    <message>
        <source>New measure</source>
        <translation>新增保障措施</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>编辑保障措施</translation>
    </message>
    <message>
        <source>yuan, e.g. 450.00</source>
        <translation>元，例如 450.00</translation>
    </message>
    <message>
        <source>Type the amount in yuan, with at most two decimals, e.g. 450.00.</source>
        <translation>请以元为单位输入金额，最多两位小数，例如 450.00。</translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation>请按 2026-11-29 的格式输入日期，或从日历中选择。</translation>
    </message>
</context>
<context>
    <name>tongbao::MeasuresSection</name>
    <message>
        <source>Measures of protection and assistance</source>
        <translation>保障和帮扶措施</translation>
    </message>
    <message>
        <source>What the child receives or has applied for, and which department is in charge.</source>
        <translation>儿童已享受或已申请的保障，以及责任部门。</translation>
    </message>
    <message>
        <source>Add measure…</source>
        <translation>新增措施…</translation>
    </message>
    <message>
        <source>Remove the measure?</source>
        <translation>删除该措施吗？</translation>
    </message>
    <message>
        <source>Remove the measure “%1” from this child's file? Its history is kept.</source>
        <translation>从该儿童档案中删除措施“%1”吗？其修改记录会保留。</translation>
    </message>
    <message>
        <source>The measure was not removed</source>
        <translation>措施未删除</translation>
    </message>
    <message>
        <source>No measure recorded yet. Add the allowances and help the child receives or has applied for.</source>
        <translation>尚未登记措施。请添加儿童已享受或已申请的补贴和帮扶。</translation>
    </message>
</context>
<context>
    <name>tongbao::NewLedgerWizard</name>
    <message>
        <source>New ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <source>Welcome to Tongbao</source>
        <translation>欢迎使用童保台账</translation>
    </message>
    <message>
        <source>Create a new ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <source>A ledger keeps the files of the children your unit looks after, in one file on this computer. Create the ledger of your unit to begin. If you already have a ledger file, for example copied from another computer, open it instead.</source>
        <translation>台账把本单位关爱的儿童档案保存在本机的一个文件中。请先为本单位新建台账。如果已有台账文件（例如从其他电脑复制来的），请直接打开。</translation>
    </message>
    <message>
        <source>A ledger keeps the files of the children your unit looks after, in one file on this computer.</source>
        <translation>台账把本单位关爱的儿童档案保存在本机的一个文件中。</translation>
    </message>
    <message>
        <source>Kind of unit:</source>
        <translation>单位类型：</translation>
    </message>
    <message>
        <source>Villages and communities keep the children's files; towns and districts receive them from the villages.</source>
        <translation>村（居）建立儿童档案；街镇和区县接收各村报送的数据。</translation>
    </message>
    <message>
        <source>&amp;Name of the unit:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation>统计用区划代码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The kind of unit and the area code cannot be changed once the ledger is created.</source>
        <translation>台账创建后，单位类型和区划代码不能更改。</translation>
    </message>
    <message>
        <source>Open an existing ledger…</source>
        <translation>打开已有台账…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create ledger</source>
        <translation>创建台账</translation>
    </message>
    <message>
        <source>The full name, as on the unit's official seal.</source>
        <translation>与公章一致的全称。</translation>
    </message>
    <message>
        <source>The 12-digit statistical code of your village, community or town.</source>
        <translation>本村、社区或街镇的12位统计用区划代码。</translation>
    </message>
    <message numerus="yes">
        <source>%n more digit(s) to type.</source>
        <translation>
            <numerusform>还需输入 %n 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to keep the ledger file.</source>
        <translation>选择台账文件的保存位置。</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name or place; an existing ledger is opened with File → Open ledger.</source>
        <translation>已存在同名文件。请换一个名称或位置；已有台账请用“文件 → 打开台账”打开。</translation>
    </message>
    <message>
        <source>Keep a copy of this file on a USB stick as a backup.</source>
        <translation>请在U盘上保存此文件的备份。</translation>
    </message>
    <message>
        <source>Where to keep the new ledger</source>
        <translation>新台账的保存位置</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another place for the file.</source>
        <translation>无法创建文件夹 %1，请为文件选择其他位置。</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>管理员(&amp;A)：</translation>
    </message>
    <message>
        <source>your user name for this ledger</source>
        <translation>您在本台账中的用户名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same twice.</source>
        <translation>两次输入的密码不一致；请输入相同的密码。</translation>
    </message>
    <message>
        <source>You log in with this name and password; you can add other users later. Without the password the ledger cannot be opened: keep it safe.</source>
        <translation>您将用此用户名和密码登录；以后可以添加其他用户。没有密码将无法打开台账：请妥善保管。</translation>
    </message>
</context>
<context>
    <name>tongbao::NoteDialog</name>
    <message>
        <source>New note</source>
        <translation>新增备注</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>What the next reader of this file should know: a call with the school, what was agreed with the family, …</source>
        <translation>下一位查阅人应当知道的情况：例如与学校的通话、与家庭商定的事项……</translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation>请按 2026-11-29 的格式输入日期，或从日历中选择。</translation>
    </message>
</context>
<context>
    <name>tongbao::NotesSection</name>
    <message>
        <source>Notes</source>
        <extracomment>Section of the child's file: 备注</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>What the next reader of this file should know and no form holds, newest first. Each office changes only the notes it wrote.</source>
        <translation>表格里记不下、但下一位查阅人应当知道的情况，最新的在前。各单位只能修改本单位写的备注。</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>新增备注…</translation>
    </message>
    <message>
        <source>No note yet. A note is for what fits no form: a call with the school, what was agreed with the family.</source>
        <translation>还没有备注。备注用来记录表格里放不下的情况，例如与学校的通话、与家庭商定的事项。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Written at %1: only %1 can change or remove it.</source>
        <translation>由%1填写，只有%1可以修改或删除。</translation>
    </message>
    <message>
        <source>Remove the note?</source>
        <translation>删除这条备注？</translation>
    </message>
    <message>
        <source>Remove this note from the child's file? Its history is kept.</source>
        <translation>从儿童档案中删除这条备注？修改记录会保留。</translation>
    </message>
    <message>
        <source>The note was not removed</source>
        <translation>备注没有删除</translation>
    </message>
</context>
<context>
    <name>tongbao::OptionalDateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <extracomment>Placeholder of a date field: how to type a date</extracomment>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>tongbao::RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃修改吗？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Discard it?</source>
        <translation>您在此表中输入的内容尚未保存。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>tongbao::RecordListSection</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>tongbao::RecoveryKeyActions</name>
    <message>
        <source>Print recovery key sheet…</source>
        <translation>打印恢复密钥表…</translation>
    </message>
    <message>
        <source>Print recovery key sheet</source>
        <translation>打印恢复密钥表</translation>
    </message>
    <message>
        <source>This ledger is not encrypted, so it has no recovery key. A ledger is encrypted once it has user accounts: add its administrator under Users… first.</source>
        <translation>本台账未加密，因此没有恢复密钥。台账添加用户账户后即会加密：请先在“用户管理…”中添加管理员。</translation>
    </message>
    <message>
        <source>This makes a new recovery key for this ledger and puts it on a sheet to print.

The recovery key opens the ledger if every password is forgotten. Keep the printed sheet locked away like the key of a safe, apart from this computer: whoever has it and the ledger file can read every child's record.

The previous recovery key stops working at once. Destroy its sheet.</source>
        <translation>此操作将为本台账生成新的恢复密钥，并放在一张表上供打印。

所有密码都忘记时，可用恢复密钥打开台账。请像保管保险柜钥匙一样把打印出的表锁好，并与本电脑分开存放：任何人同时拿到它和台账文件，就能读取每名儿童的记录。

原恢复密钥立即失效。请销毁原来的恢复密钥表。</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>生成新的恢复密钥…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The sheet cannot be printed</source>
        <translation>恢复密钥表无法打印</translation>
    </message>
    <message>
        <source>Save the recovery key sheet as PDF</source>
        <translation>将恢复密钥表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>No new recovery key was made</source>
        <translation>未生成新的恢复密钥</translation>
    </message>
    <message>
        <source>The recovery key sheet was not saved</source>
        <translation>恢复密钥表未保存</translation>
    </message>
    <message>
        <source>A new recovery key was made, but its sheet could not be saved:
%1

The previous recovery key no longer works. Choose Print recovery key sheet… again and save the sheet in another place.</source>
        <translation>新的恢复密钥已生成，但恢复密钥表未能保存：
%1

原恢复密钥已失效。请再次选择“打印恢复密钥表…”，并将其保存到其他位置。</translation>
    </message>
    <message>
        <source>The recovery key sheet is saved in
%1

Print it now, sign it, and lock the paper away apart from this computer; then delete the PDF file. The previous recovery key no longer works.</source>
        <translation>恢复密钥表已保存在
%1

请立即打印、签字，并把纸质表锁好，与本电脑分开存放；然后删除该 PDF 文件。原恢复密钥已失效。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Recovery key sheet</source>
        <translation>恢复密钥表</translation>
    </message>
    <message>
        <source>Print the recovery key sheet</source>
        <translation>打印恢复密钥表</translation>
    </message>
</context>
<context>
    <name>tongbao::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>新增转介</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>编辑转介</translation>
    </message>
    <message>
        <source>Type the date as 2026-11-29, or pick it from the calendar.</source>
        <translation>请按 2026-11-29 的格式输入日期，或从日历中选择。</translation>
    </message>
</context>
<context>
    <name>tongbao::ReferralsSection</name>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Cases passed to a department, and what the department did (one window, joint handling).</source>
        <translation>转交部门办理的事项及办理结果（一门受理、协同办理）。</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>新增转介…</translation>
    </message>
    <message>
        <source>Remove the referral?</source>
        <translation>删除该转介吗？</translation>
    </message>
    <message>
        <source>Remove this referral from the child's file? Its history is kept.</source>
        <translation>从该儿童档案中删除这条转介吗？其修改记录会保留。</translation>
    </message>
    <message>
        <source>The referral was not removed</source>
        <translation>转介未删除</translation>
    </message>
    <message>
        <source>No referral recorded yet.</source>
        <translation>尚未登记转介。</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记单位</translation>
    </message>
    <message>
        <source>Recorded by %1: only %1 can change or remove it.</source>
        <translation>由%1登记，只有%1可以修改或删除。</translation>
    </message>
</context>
<context>
    <name>tongbao::RegisterKeyDialog</name>
    <message>
        <source>Register a village's key</source>
        <translation>登记村（居）公钥</translation>
    </message>
    <message>
        <source>Install the town's key</source>
        <translation>登记街镇公钥</translation>
    </message>
    <message>
        <source>Register a village only with the key file and the registration sheet it signed and stamped. Compare the fingerprint below with the sheet, group by group; if one character differs, do not register the file.</source>
        <translation>只能凭村（居）提供的公钥文件及其签字盖章的登记表进行登记。请将下方指纹与登记表逐组核对；只要有一个字符不同，就不要登记该文件。</translation>
    </message>
    <message>
        <source>Install the town's key from the file the town gave you, and compare its fingerprint with the town's signed registration sheet. Batches will be locked so that only the town can open them.</source>
        <translation>请使用街镇提供的文件登记街镇公钥，并将其指纹与街镇签章的登记表核对。此后批次将被加密，只有街镇能够打开。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>12 digits, as on the sheet</source>
        <translation>12位数字，与登记表一致</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the signed sheet, and every group is the same.</source>
        <translation>我已将指纹与签章的登记表逐组核对，完全一致。</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>公钥文件：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Village name:</source>
        <translation>村（居）名称：</translation>
    </message>
    <message>
        <source>Town name:</source>
        <translation>街镇名称：</translation>
    </message>
    <message>
        <source>Area code:</source>
        <translation>区划代码：</translation>
    </message>
    <message>
        <source>Register village</source>
        <translation>登记村（居）</translation>
    </message>
    <message>
        <source>Install key</source>
        <translation>登记公钥</translation>
    </message>
    <message>
        <source>Choose the public key file</source>
        <translation>选择公钥文件</translation>
    </message>
    <message>
        <source>Tongbao public keys (*.pub *.txt);;All files (*)</source>
        <translation>童保台账公钥 (*.pub *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be read, or it is too large to be a key.</source>
        <translation>无法读取该文件，或文件太大，不可能是公钥。</translation>
    </message>
    <message>
        <source>The file says: %1, %2, area code %3.</source>
        <translation>文件中写明：%1，%2，区划代码 %3。</translation>
    </message>
</context>
<context>
    <name>tongbao::RegisterPage</name>
    <message>
        <source>Open the child's file</source>
        <translation>打开儿童档案</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>No child matches the filters.</source>
        <translation>没有符合筛选条件的儿童。</translation>
    </message>
    <message>
        <source>No child matches “%1”.</source>
        <translation>没有与“%1”相符的儿童。</translation>
    </message>
    <message>
        <source>Children's register</source>
        <extracomment>Page heading, the same words as the navigation entry (儿童台账)</extracomment>
        <translation>儿童台账</translation>
    </message>
    <message>
        <source>Search by name, ID number or household head (Ctrl+F)</source>
        <translation>按姓名、拼音、身份证号或户主查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>There are no children in this ledger yet.</source>
        <translation>本台账还没有儿童档案。</translation>
    </message>
    <message>
        <source>Start with the first child: New child… (Ctrl+N). A household with several children is entered once and chosen for each of them.</source>
        <translation>从第一名儿童开始：新建儿童档案…（Ctrl+N）。一个家庭有多名儿童时，家庭只需录入一次，再为每名儿童选择该家庭。</translation>
    </message>
    <message>
        <source>New child…</source>
        <translation>新建儿童档案…</translation>
    </message>
    <message>
        <source>Open a new child's file (Ctrl+N)</source>
        <translation>新建一份儿童档案（Ctrl+N）</translation>
    </message>
    <message>
        <source>Check the spelling, or search by part of the ID number or by the name of the head of the household.</source>
        <translation>请检查输入，或按身份证号的一部分、户主姓名查找。</translation>
    </message>
    <message>
        <source>Show all children</source>
        <translation>显示全部儿童</translation>
    </message>
</context>
<context>
    <name>tongbao::ReportsPage</name>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Month in progress: figures as of today, %1.</source>
        <translation>本月尚未结束：数据截至今天（%1）。</translation>
    </message>
    <message>
        <source>Computed at %1.</source>
        <translation>统计于 %1。</translation>
    </message>
    <message>
        <source>%1: %2 (expected %3, found %4)</source>
        <translation>%1：%2（应为 %3，实为 %4）</translation>
    </message>
    <message>
        <source>The totals of this report do not add up; do not hand it in before the ledger is checked.</source>
        <translation>本报表的合计对不上；请在核查台账之前不要上报。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Case sheets</source>
        <translation>个案档案表</translation>
    </message>
    <message>
        <source>No child is on file yet.</source>
        <translation>尚无在册儿童。</translation>
    </message>
    <message>
        <source>Reports</source>
        <extracomment>Page heading and navigation entry: 统计报表</extracomment>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>The month to report, typed as 2026-10 or chosen on the calendar</source>
        <translation>统计月份，按 2026-10 的格式输入或从日历中选择</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>上个月(&amp;L)</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>另存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Other documents</source>
        <extracomment>Heading: the ledger spreadsheet, case sheets and visit form</extracomment>
        <translation>其他文档</translation>
    </message>
    <message>
        <source>The ledger spreadsheet lists every child on file, one row each; case sheets hold each child's whole file, one child after another.</source>
        <translation>台账表格列出全部在册儿童，每人一行；个案档案表逐一收录每名儿童的完整档案。</translation>
    </message>
    <message>
        <source>Save the ledger &amp;spreadsheet…</source>
        <translation>保存台账表格(&amp;S)…</translation>
    </message>
    <message>
        <source>Save &amp;case sheets of all children…</source>
        <translation>保存全部儿童的个案档案表(&amp;C)…</translation>
    </message>
    <message>
        <source>Print case s&amp;heets of all children…</source>
        <translation>打印全部儿童的个案档案表(&amp;H)…</translation>
    </message>
    <message>
        <source>Save a blank &amp;visit form…</source>
        <translation>保存空白走访记录表(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>月报(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print case sheets of all children…</source>
        <translation>打印全部儿童的个案档案表(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>tongbao::SafetyBanner</name>
    <message>
        <source>Not yet reported to the police: the danger to %1 was found %2 ago.</source>
        <translation>尚未报警：%1 面临的危险已发现 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n safety report(s) not yet reported to the police (%1); the oldest was found %2 ago.</source>
        <translation>
            <numerusform>有 %n 份强制报告尚未报警（%1）；最早的已发现 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Call the police now: 110 or the local police station, then tell the town. Hotlines: 12355, 12338.</source>
        <translation>请立即报警：拨打110或向当地派出所报告，然后报告街镇。咨询热线：12355、12338。</translation>
    </message>
    <message>
        <source>Record the police report…</source>
        <translation>登记报警情况…</translation>
    </message>
    <message>
        <source>Open the oldest report…</source>
        <translation>打开最早的报告…</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a child and the village that keeps the safety report</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Call the village's children's director now and make sure the police (110 or the local station) have been told. Hotlines: 12355, 12338.</source>
        <translation>请立即联系该村（社区）儿童主任，确认已向公安机关（110或当地派出所）报案。咨询热线：12355、12338。</translation>
    </message>
    <message>
        <source>Call the police now: 110 or the local police station. Hotlines: 12355, 12338.</source>
        <translation>请立即报警：拨打110或向当地派出所报告。咨询热线：12355、12338。</translation>
    </message>
</context>
<context>
    <name>tongbao::SafetyReportForm</name>
    <message>
        <source>The safety report was not found.</source>
        <translation>找不到该强制报告。</translation>
    </message>
    <message>
        <source>1. Is the child safe now?</source>
        <translation>一、儿童目前是否安全？</translation>
    </message>
    <message>
        <source>Yes, safe now</source>
        <translation>是，目前安全</translation>
    </message>
    <message>
        <source>No, still in danger</source>
        <translation>否，仍有危险</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>2. What was found (tick all that apply)</source>
        <translation>二、发现的情形（可多选）</translation>
    </message>
    <message>
        <source>3. When and by whom it was found</source>
        <translation>三、发现时间和发现人</translation>
    </message>
    <message>
        <source>Found at:</source>
        <translation>发现时间：</translation>
    </message>
    <message>
        <source>Found by:</source>
        <translation>发现人：</translation>
    </message>
    <message>
        <source>What was seen or heard:</source>
        <translation>看到或听到的情况：</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation>开始报告</translation>
    </message>
    <message>
        <source>4. Who was told</source>
        <translation>四、报告对象</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>回执号</translation>
    </message>
    <message>
        <source>Received by (name, office)</source>
        <translation>接收人（姓名、单位）</translation>
    </message>
    <message>
        <source>Receipt or case number</source>
        <translation>回执号或案件编号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation>五、后续处置</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>处置类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>处置人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处置内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>处置人或单位</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加处置</translation>
    </message>
    <message>
        <source>6. Closing</source>
        <translation>六、结案</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Why the police were not told:</source>
        <translation>未报警原因：</translation>
    </message>
    <message>
        <source>Close the report…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Print the report form…</source>
        <translation>打印登记表…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The child's file was not found.</source>
        <translation>找不到该儿童档案。</translation>
    </message>
    <message>
        <source>Safety report: %1</source>
        <translation>强制报告：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Start the report first (below the situations); then record here whom you told and what was done.</source>
        <translation>请先开始报告（在情形下方）；然后在此登记报告了谁、做了哪些处置。</translation>
    </message>
    <message>
        <source>Not recorded yet: %1.</source>
        <translation>尚未登记：%1。</translation>
    </message>
    <message>
        <source>When the child is safe and the steps are done, write how the case ended and close the report.</source>
        <translation>儿童安全且处置完成后，请填写处理结果并结案。</translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>已于 %1 结案：%2</translation>
    </message>
    <message>
        <source>Reported to the police %1 after it was found.</source>
        <translation>发现后 %1 报警。</translation>
    </message>
    <message>
        <source>Not reported to the police yet: %1 since it was found.</source>
        <translation>尚未报警：距发现已 %1。</translation>
    </message>
    <message>
        <source>Found %1 by %2 · %3 ago</source>
        <translation>%2 于 %1 发现 · %3前</translation>
    </message>
    <message>
        <source>Close the report?</source>
        <translation>结案吗？</translation>
    </message>
    <message>
        <source>Once closed, nothing more can be added to the report about %1.</source>
        <translation>结案后，关于%1的报告不能再添加内容。</translation>
    </message>
    <message>
        <source>%1 keeps this report: the town reads it here, and the village records whom it told and what was done. If the police have not been told, call the village's children's director now.</source>
        <translation>本报告由%1登记和维护：街镇在此查阅，向谁报告、采取了哪些措施由该村（社区）记录。如尚未报警，请立即联系该村（社区）儿童主任。</translation>
    </message>
    <message>
        <source>Still open: the village closes it when the case has ended.</source>
        <translation>尚未结案：由该村（社区）在处置结束后结案。</translation>
    </message>
</context>
<context>
    <name>tongbao::TimelineSection</name>
    <message>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Every change to this file and its records, with who made it and when. The history cannot be edited.</source>
        <translation>本档案及相关记录的每一次修改，以及修改人和时间。修改记录不能编辑。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>尚无修改记录。</translation>
    </message>
</context>
<context>
    <name>tongbao::TownExchangePanel</name>
    <message>
        <source>Import batches</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Drop batch files from the villages here, or choose them.</source>
        <translation>请将各村（居）的批次文件拖放到这里，或点击选择。</translation>
    </message>
    <message>
        <source>Import batch…</source>
        <translation>导入批次…</translation>
    </message>
    <message>
        <source>Each batch is checked and shown before anything is written: who sent it, and what it adds or changes.</source>
        <translation>每个批次在写入前都会先经过检查并显示：由谁报送，新增或更改了哪些内容。</translation>
    </message>
    <message>
        <source>Villages registered with this ledger</source>
        <translation>在本台账登记的村（居）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Last batch</source>
        <translation>最近一批</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>导入日期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>No village is registered yet. Register each village with its public key file and its signed, stamped registration sheet.</source>
        <translation>尚未登记任何村（居）。请凭各村（居）的公钥文件和签字盖章的登记表逐一登记。</translation>
    </message>
    <message>
        <source>Register village key…</source>
        <translation>登记村（居）公钥…</translation>
    </message>
    <message>
        <source>Make receipt…</source>
        <translation>开具回执…</translation>
    </message>
    <message>
        <source>Revoke key…</source>
        <translation>吊销公钥…</translation>
    </message>
    <message>
        <source>Revoked after batch %1</source>
        <translation>第 %1 批之后已吊销</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Only the ledger's administrator manages keys.</source>
        <translation>只有台账管理员才能管理密钥。</translation>
    </message>
    <message>
        <source>Choose the village's public key file</source>
        <translation>选择村（居）的公钥文件</translation>
    </message>
    <message>
        <source>Tongbao public keys (*.pub *.txt);;All files (*)</source>
        <translation>童保台账公钥 (*.pub *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2) is registered. Its batches can now be imported.</source>
        <translation>%1（%2）已登记。现在可以导入其批次。</translation>
    </message>
    <message>
        <source>Choose a batch file</source>
        <translation>选择批次文件</translation>
    </message>
    <message>
        <source>Tongbao batches (*.tar);;All files (*)</source>
        <translation>童保台账批次 (*.tar);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This ledger has no keys yet, so it cannot open batches: make them first (above), and give the villages the new public key.</source>
        <translation>本台账还没有密钥，因此无法打开批次：请先生成密钥（见上方），并将新公钥交给各村（居）。</translation>
    </message>
    <message>
        <source>The batch from %1 is locked to this ledger's key. Type the password that protects the keys to open it.</source>
        <translation>来自 %1 的批次已用本台账的密钥加密。请输入保护密钥的密码以打开它。</translation>
    </message>
    <message>
        <source>Batch %1 from %2 was not imported.</source>
        <translation>来自 %2 的第 %1 批未导入。</translation>
    </message>
    <message>
        <source>%1 new and %2 changed children, %3 visits, %4 safety reports.</source>
        <translation>新增儿童 %1 名、更新 %2 名，走访 %3 次，强制报告 %4 份。</translation>
    </message>
    <message>
        <source>The key was revoked: batches after number %1 signed with it will be refused.</source>
        <translation>公钥已吊销：用其签名的第 %1 批以后的批次将被拒收。</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>吊销 %1 的公钥</translation>
    </message>
    <message>
        <source>Revoke a key when the village's computer was lost or its keys were made anew. Batches signed with it up to this number are still accepted:</source>
        <translation>当该村（居）的电脑丢失或重新生成了密钥时，请吊销其公钥。用该公钥签名、批号不超过以下数字的批次仍予接收：</translation>
    </message>
    <message>
        <source>Save the receipt for %1</source>
        <translation>保存给 %1 的回执</translation>
    </message>
    <message>
        <source>Tongbao receipts (*.tar);;All files (*)</source>
        <translation>童保台账回执 (*.tar);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The receipt is signed with this ledger's key. Type the password that protects the keys.</source>
        <translation>回执要用本台账的密钥签名。请输入保护密钥的密码。</translation>
    </message>
    <message>
        <source>The receipt for %1 was saved as %2: it confirms the batches received, up to number %3. Give it to the village.</source>
        <translation>给 %1 的回执已保存为 %2：确认已收到截至第 %3 批的批次。请将其交给该村（居）。</translation>
    </message>
    <message>
        <source>The receipt for %1 was saved as %2: no batch has been received from it yet.</source>
        <translation>给 %1 的回执已保存为 %2：尚未收到该村（居）的任何批次。</translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation>第 %1 个文件，共 %2 个</translation>
    </message>
    <message>
        <source>Checking a batch</source>
        <translation>正在检查批次</translation>
    </message>
    <message>
        <source>Nothing is written while the batch is checked.</source>
        <translation>检查批次时不会写入任何内容。</translation>
    </message>
    <message>
        <source>Importing a batch</source>
        <translation>正在导入批次</translation>
    </message>
    <message>
        <source>Until the import is complete nothing is changed: if you cancel, the ledger stays as it was and the batch can be imported later.</source>
        <translation>导入完成之前台账不会改动：如果取消，台账保持原样，以后可以再导入这个批次。</translation>
    </message>
    <message>
        <source>Stop importing this batch? Nothing will be changed, and what was done so far is undone. You can import the batch again later.</source>
        <translation>要停止导入这个批次吗？台账不会改动，已进行的部分会全部撤销。以后可以再导入这个批次。</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <source>Go on importing</source>
        <translation>继续导入</translation>
    </message>
</context>
<context>
    <name>tongbao::UrgentNotice</name>
    <message>
        <source>Still to tell: the town</source>
        <translation>还需报告：街镇</translation>
    </message>
    <message>
        <source>The police have been told. Tell the town or subdistrict office too.</source>
        <translation>已报警。请同时报告街道或乡镇。</translation>
    </message>
    <message>
        <source>Record the report to the town…</source>
        <translation>登记报告街镇情况…</translation>
    </message>
    <message>
        <source>Report now: the police have not been told yet (found %1 ago)</source>
        <translation>请立即报告：尚未报警（已发现 %1）</translation>
    </message>
    <message>
        <source>• Police: call 110, or go to the local police station
• Then tell the town or subdistrict office</source>
        <translation>• 公安机关：拨打110，或到当地派出所报告
• 然后报告街道或乡镇</translation>
    </message>
    <message>
        <source>Hotlines for advice: 12355 (youth), 12338 (women and children). If the child is in danger right now, call 110 first.</source>
        <translation>咨询热线：12355（青少年）、12338（妇女儿童）。如儿童正处于危险中，请先拨打110。</translation>
    </message>
    <message>
        <source>Record the report to the police…</source>
        <translation>登记报警情况…</translation>
    </message>
</context>
<context>
    <name>tongbao::UsersDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>再次输入密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Set new password…</source>
        <translation>设置新密码…</translation>
    </message>
    <message>
        <source>Switch off / on</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>, must choose a new password</source>
        <translation>，须设置新密码</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The user %1 was added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>请先在列表中选择一个用户。</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>%1 has a new password and will be asked to change it at the next login.</source>
        <translation>已为 %1 设置新密码，下次登录时将要求其修改密码。</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>%1 is now %2. The new role applies from the next login.</source>
        <translation>%1 的角色现为 %2。新角色自下次登录起生效。</translation>
    </message>
</context>
<context>
    <name>tongbao::VillageExchangePanel</name>
    <message>
        <source>The town's key</source>
        <translation>街镇公钥</translation>
    </message>
    <message>
        <source>Batches to the town</source>
        <translation>报送街镇的批次</translation>
    </message>
    <message>
        <source>Export batch…</source>
        <translation>导出批次…</translation>
    </message>
    <message>
        <source>Import receipt…</source>
        <translation>导入回执…</translation>
    </message>
    <message>
        <source>Batches sent</source>
        <translation>已报送的批次</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>At the town</source>
        <translation>街镇接收情况</translation>
    </message>
    <message>
        <source>%1 · area code %2</source>
        <translation>%1 · 区划代码 %2</translation>
    </message>
    <message>
        <source>Installed %1. Batches are locked so that only this town can open them.</source>
        <translation>已于 %1 登记。批次将被加密，只有该街镇能够打开。</translation>
    </message>
    <message>
        <source>Install another town key…</source>
        <translation>登记另一个街镇公钥…</translation>
    </message>
    <message>
        <source>No town key is installed yet. Ask the town for its public key file and its signed registration sheet, then install the key here; only then can batches be exported.</source>
        <translation>尚未登记街镇公钥。请向街镇索取其公钥文件和签章的登记表，然后在此登记公钥；登记后才能导出批次。</translation>
    </message>
    <message>
        <source>Install the town's key…</source>
        <translation>登记街镇公钥…</translation>
    </message>
    <message>
        <source>Only the ledger's administrator installs keys.</source>
        <translation>只有台账管理员才能登记公钥。</translation>
    </message>
    <message>
        <source>Next batch</source>
        <translation>下一批</translation>
    </message>
    <message>
        <source>Next batch: number %1</source>
        <translation>下一批：第 %1 批</translation>
    </message>
    <message>
        <source>Everything in the ledger so far:</source>
        <translation>台账迄今的全部内容：</translation>
    </message>
    <message>
        <source>Changes since batch %1 of %2:</source>
        <translation>自 %2 第 %1 批以来的变动：</translation>
    </message>
    <message>
        <source>%1 children, %2 visits, %3 safety reports, %4 other records, %5 history entries.</source>
        <translation>儿童 %1 名，走访 %2 次，强制报告 %3 份，其他记录 %4 条，修改记录 %5 条。</translation>
    </message>
    <message>
        <source>(changes %1–%2)</source>
        <translation>（变动 %1–%2）</translation>
    </message>
    <message>
        <source>Make this ledger's keys before the first export.</source>
        <translation>首次导出前，请先生成本台账的密钥。</translation>
    </message>
    <message>
        <source>Install the town's key before the first export.</source>
        <translation>首次导出前，请先登记街镇公钥。</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>A different batch is at the town</source>
        <translation>街镇收到的是另一个批次</translation>
    </message>
    <message>
        <source>Not received — send again</source>
        <translation>未收到——请重新报送</translation>
    </message>
    <message>
        <source>No batch has been exported from this ledger yet.</source>
        <translation>本台账尚未导出任何批次。</translation>
    </message>
    <message>
        <source>Once batches are sent, import the receipts the town gives back to see which of them arrived.</source>
        <translation>报送批次后，请导入街镇返回的回执，以查看哪些批次已送达。</translation>
    </message>
    <message>
        <source>No receipt from the town yet: the town has not confirmed batches %1.</source>
        <translation>尚未收到街镇回执：街镇尚未确认第 %1 批。</translation>
    </message>
    <message>
        <source>The town's receipt of %1 confirms none of the batches sent.</source>
        <translation>街镇 %1 开具的回执未确认任何已报送的批次。</translation>
    </message>
    <message>
        <source>The town has received up to batch %1 (receipt of %2).</source>
        <translation>街镇已收到截至第 %1 批的批次（%2 开具的回执）。</translation>
    </message>
    <message>
        <source>Batch %1 has not reached the town yet.</source>
        <translation>第 %1 批尚未送达街镇。</translation>
    </message>
    <message>
        <source>Batches %1 have not reached the town yet.</source>
        <translation>第 %1 批尚未送达街镇。</translation>
    </message>
    <message>
        <source>Every batch sent has arrived.</source>
        <translation>报送的所有批次均已送达。</translation>
    </message>
    <message>
        <source>The town holds different batches under number(s) %1: another copy of this ledger may be sending batches. Tell the town at once.</source>
        <translation>街镇收到的第 %1 批与本台账的不同：可能有本台账的另一副本在报送批次。请立即告知街镇。</translation>
    </message>
    <message>
        <source>Choose the town's public key file</source>
        <translation>选择街镇的公钥文件</translation>
    </message>
    <message>
        <source>Tongbao public keys (*.pub *.txt);;All files (*)</source>
        <translation>童保台账公钥 (*.pub *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The key of %1 was installed. Batches can now be exported to it.</source>
        <translation>%1 的公钥已登记。现在可以向其导出批次。</translation>
    </message>
    <message>
        <source>This ledger has no keys yet: make them first (above).</source>
        <translation>本台账还没有密钥：请先生成密钥（见上方）。</translation>
    </message>
    <message>
        <source>Export batch</source>
        <translation>导出批次</translation>
    </message>
    <message>
        <source>Tongbao batches (*.tar);;All files (*)</source>
        <translation>童保台账批次 (*.tar);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The batch is signed with this ledger's key. Type the password that protects the keys.</source>
        <translation>批次要用本台账的密钥签名。请输入保护密钥的密码。</translation>
    </message>
    <message>
        <source>Batch %1 was saved as %2: %3 children, %4 visits, %5 safety reports, %6 records in all. Only %7 can open it. Take it to the town or send it, then import the town's receipt.</source>
        <translation>第 %1 批已保存为 %2：儿童 %3 名，走访 %4 次，强制报告 %5 份，共 %6 条记录。只有 %7 能打开它。请将其送交或发送给街镇，然后导入街镇的回执。</translation>
    </message>
    <message>
        <source>Choose the town's receipt</source>
        <translation>选择街镇的回执</translation>
    </message>
    <message>
        <source>Tongbao receipts (*.tar);;All files (*)</source>
        <translation>童保台账回执 (*.tar);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This receipt was imported before; nothing changed.</source>
        <translation>该回执以前已导入过，未做任何改动。</translation>
    </message>
    <message>
        <source>The receipt of %1 from %2 was imported.</source>
        <translation>已导入 %2 于 %1 开具的回执。</translation>
    </message>
    <message>
        <source>Exporting a batch</source>
        <translation>正在导出批次</translation>
    </message>
    <message>
        <source>If you cancel, no batch file is left behind and the next export starts from the same changes.</source>
        <translation>如果取消，不会留下批次文件，下次导出仍从这些变更开始。</translation>
    </message>
</context>
<context>
    <name>tongbao::VisitEntryForm</name>
    <message>
        <source>The visit was not found in the ledger.</source>
        <translation>台账中找不到该走访记录。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次走访</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>走访人(&amp;V)：</translation>
    </message>
    <message>
        <source>Child seen in &amp;person</source>
        <translation>见到儿童本人(&amp;P)</translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation>快速检查</translation>
    </message>
    <message>
        <source>“Normal” is chosen already; change only what was not. Arrow keys move between the answers.</source>
        <translation>已默认选“正常”；只需修改不正常的项。方向键可在选项间移动。</translation>
    </message>
    <message>
        <source>Living:</source>
        <translation>生活：</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>健康：</translation>
    </message>
    <message>
        <source>Schooling:</source>
        <translation>就学：</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>安全：</translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation>情绪：</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>说明（可不填）</translation>
    </message>
    <message>
        <source>&amp;Guardianship:</source>
        <translation>监护(&amp;G)：</translation>
    </message>
    <message>
        <source>Not assessed this time</source>
        <translation>本次未评估</translation>
    </message>
    <message>
        <source>Problems, needs and actions</source>
        <translation>问题、需求和措施</translation>
    </message>
    <message>
        <source>Problems &amp;found:</source>
        <translation>发现的问题(&amp;F)：</translation>
    </message>
    <message>
        <source>Needs of the child and family:</source>
        <translation>儿童和家庭的需求：</translation>
    </message>
    <message>
        <source>Actions &amp;taken:</source>
        <translation>采取的措施(&amp;T)：</translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation>后续跟进(&amp;U)：</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次走访</translation>
    </message>
    <message>
        <source>&amp;Next visit on:</source>
        <translation>下次走访日期(&amp;N)：</translation>
    </message>
    <message>
        <source>The guardian has &amp;confirmed this record</source>
        <translation>监护人已确认本记录(&amp;C)</translation>
    </message>
    <message>
        <source>Safety: problem. If the child is harmed, suspected harmed or in danger, report it at once: start a safety report now.</source>
        <translation>安全：有问题。如儿童受到或疑似受到侵害、或面临危险，须立即报告：现在就开始强制报告。</translation>
    </message>
    <message>
        <source>Start safety report now</source>
        <translation>立即开始强制报告</translation>
    </message>
    <message>
        <source>Start safety report…</source>
        <translation>开始强制报告…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>保存走访</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc closes · the draft is kept as you type</source>
        <translation>Ctrl+Enter 保存 · Esc 关闭 · 输入时自动保存草稿</translation>
    </message>
    <message>
        <source>The child's file was not found.</source>
        <translation>找不到该儿童档案。</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>走访%1</translation>
    </message>
    <message numerus="yes">
        <source>Due %1, %n day(s) overdue</source>
        <translation>
            <numerusform>应于 %1 走访，已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应于 %1 走访</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>尚未评估风险</translation>
    </message>
    <message numerus="yes">
        <source>Proposed by the schedule: every %n day(s) for this child (%1).</source>
        <translation>
            <numerusform>按走访计划建议：该儿童每 %n 天走访一次（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>No visit recorded yet: this is the first.</source>
        <translation>尚无走访记录：这是第一次。</translation>
    </message>
    <message>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>生活</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>就学</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>All checks normal.</source>
        <translation>各项检查均正常。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Resumed from the draft kept earlier.</source>
        <translation>已从之前保存的草稿恢复。</translation>
    </message>
    <message>
        <source>Draft kept at %1.</source>
        <translation>草稿已于 %1 保存。</translation>
    </message>
    <message>
        <source>The visit to %1 on %2 was saved.</source>
        <translation>%2 对%1的走访已保存。</translation>
    </message>
    <message>
        <source>Close the visit form?</source>
        <translation>关闭走访记录表吗？</translation>
    </message>
    <message>
        <source>The visit to %1 has not been saved. You can keep what you typed as a draft and finish it later, or throw it away.</source>
        <translation>对%1的走访尚未保存。您可以把已输入的内容存为草稿稍后完成，也可以丢弃。</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <source>Throw away what I typed</source>
        <translation>丢弃已输入的内容</translation>
    </message>
    <message>
        <source>Go on typing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>tongbao::VisitsSection</name>
    <message>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>The visits recorded for this child, newest first.</source>
        <translation>该儿童的走访记录，最新的在前。</translation>
    </message>
    <message>
        <source>No visit recorded yet.</source>
        <translation>尚无走访记录。</translation>
    </message>
</context>
<context>
    <name>tongbao::WorkbenchCharts</name>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Children on file: largest categories</source>
        <translation>在册儿童：人数最多的类别</translation>
    </message>
    <message>
        <source>Visits per month (last 12 months)</source>
        <translation>每月走访次数（最近 12 个月）</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>未填组/社</translation>
    </message>
    <message>
        <source>Visits overdue by village group</source>
        <translation>各组/社逾期未走访情况</translation>
    </message>
    <message>
        <source>Visits overdue by village</source>
        <translation>各村（社区）逾期未走访</translation>
    </message>
    <message numerus="yes">
        <source>Visits overdue: the %n villages with most</source>
        <translation>
            <numerusform>逾期未走访最多的 %n 个村（社区）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known</source>
        <extracomment>A bar of the town's overdue chart for children whose village is not known</extracomment>
        <translation>不详</translation>
    </message>
</context>
<context>
    <name>tongbao::WorkbenchPage</name>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Workbench</source>
        <extracomment>Page heading and navigation entry: 工作台</extracomment>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>逾期未走访</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周应走访</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未见面走访</translation>
    </message>
    <message>
        <source>16th / 18th birthdays</source>
        <translation>年满16/18周岁</translation>
    </message>
    <message>
        <source>Measures ending soon</source>
        <translation>即将到期的措施</translation>
    </message>
    <message>
        <source>Unfinished visits</source>
        <translation>未完成的走访</translation>
    </message>
    <message>
        <source>Open safety reports: %1</source>
        <translation>处理中的强制报告：%1</translation>
    </message>
    <message>
        <source>Police not told</source>
        <translation>尚未报警</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>%1 (%2) · found %3 ago</source>
        <translation>%1（%2）· 发现于 %3前</translation>
    </message>
    <message>
        <source> · police told after %1</source>
        <translation> · 发现后 %1 报警</translation>
    </message>
    <message numerus="yes">
        <source> · %n follow-up step(s)</source>
        <translation>
            <numerusform> · %n 项后续处置</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show all %1 open reports</source>
        <translation>显示全部 %1 份处理中的报告</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组/社</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>most overdue first</source>
        <translation>逾期最久的在前</translation>
    </message>
    <message>
        <source>No visit is overdue.</source>
        <translation>没有逾期的走访。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>上次见面</translation>
    </message>
    <message>
        <source>Visits due this week</source>
        <translation>本周应走访</translation>
    </message>
    <message>
        <source>today and the six days after, soonest first</source>
        <translation>今天及之后六天，最近的在前</translation>
    </message>
    <message>
        <source>No visit is due in the next seven days.</source>
        <translation>未来七天没有应走访的儿童。</translation>
    </message>
    <message>
        <source>In</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>files with no visit in person since they were opened</source>
        <translation>建档后从未见面走访的档案</translation>
    </message>
    <message>
        <source>Every child has been visited in person.</source>
        <translation>每名儿童都已见面走访。</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>16th and 18th birthdays</source>
        <translation>年满16和18周岁</translation>
    </message>
    <message>
        <source>at 16 a child may not be left to live alone; at 18 the file is closed</source>
        <translation>未满16周岁不得脱离监护单独生活；年满18周岁退出档案</translation>
    </message>
    <message>
        <source>No 16th or 18th birthday in the coming days.</source>
        <translation>近期没有年满16或18周岁的儿童。</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>年满</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>renew them, or record that they ended</source>
        <translation>请续办，或登记已终止</translation>
    </message>
    <message>
        <source>No measure ends in the coming days.</source>
        <translation>近期没有到期的措施。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>kept as they were typed; open one to finish it</source>
        <translation>按输入时的样子保存；打开即可继续填写</translation>
    </message>
    <message>
        <source>No visit is waiting to be finished.</source>
        <translation>没有待完成的走访。</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>最后输入</translation>
    </message>
    <message>
        <source>By</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>Open safety reports</source>
        <translation>处理中的强制报告</translation>
    </message>
    <message>
        <source>oldest first; reports the police have not heard of come first</source>
        <translation>最早的在前；尚未报警的排在最前</translation>
    </message>
    <message>
        <source>No safety report is open.</source>
        <translation>没有处理中的强制报告。</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>not told yet</source>
        <translation>尚未报警</translation>
    </message>
    <message>
        <source>told after %1</source>
        <translation>发现后 %1 报警</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>村（社区） in the workbench's lists of a town</extracomment>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Where a child lives in a town's lists: the village, then its group (桥河村 2组)</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tongbao::cli</name>
    <message>
        <source>List the accounts.</source>
        <translation>列出账户。</translation>
    </message>
    <message>
        <source>Add an account named NAME.</source>
        <translation>添加名为该用户名的账户。</translation>
    </message>
    <message>
        <source>Role of the new account: administrator, supervisor, reviewer or town.</source>
        <translation>新账户的角色：administrator（管理员）、supervisor（儿童主任）、reviewer（查阅人员）或 town（街镇工作人员）。</translation>
    </message>
    <message>
        <source>Set a new password for NAME (administrator).</source>
        <translation>为该用户设置新密码（限管理员）。</translation>
    </message>
    <message>
        <source>Switch the account NAME off (administrator).</source>
        <translation>停用该账户（限管理员）。</translation>
    </message>
    <message>
        <source>Switch the account NAME on again (administrator).</source>
        <translation>重新启用该账户（限管理员）。</translation>
    </message>
    <message>
        <source>Change your own password.</source>
        <translation>修改您自己的密码。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>give exactly one ledger FILE</source>
        <translation>请只给出一个台账文件</translation>
    </message>
    <message>
        <source>give one of --list, --add, --reset, --disable, --enable, --passwd</source>
        <translation>请给出 --list、--add、--reset、--disable、--enable、--passwd 之一</translation>
    </message>
    <message>
        <source>give --role administrator, supervisor, reviewer or town with --add</source>
        <translation>使用 --add 时请给出 --role administrator、supervisor、reviewer 或 town</translation>
    </message>
    <message>
        <source>put the new password in the environment variable TONGBAO_NEW_PASSWORD</source>
        <translation>请将新密码放在环境变量 TONGBAO_NEW_PASSWORD 中</translation>
    </message>
    <message>
        <source>The PDF file to write the sheet to (never replaced).</source>
        <translation>恢复密钥表写入的 PDF 文件（不会覆盖已有文件）。</translation>
    </message>
    <message>
        <source>give --out PATH.pdf for the recovery key sheet</source>
        <translation>请给出恢复密钥表的 --out 路径.pdf</translation>
    </message>
    <message>
        <source>%1 already exists; give another --out PATH</source>
        <translation>%1 已存在；请另给一个 --out 路径</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>this ledger is not encrypted, so it has no recovery key; a ledger is encrypted once it has user accounts (tongbao-cli users FILE --add NAME --role administrator)</source>
        <translation>本台账未加密，因此没有恢复密钥；台账添加用户账户后即会加密（tongbao-cli users 文件 --add 用户名 --role administrator）</translation>
    </message>
    <message>
        <source>a new recovery key was made, but its sheet could not be written (%1). The previous recovery key no longer works: run recovery-key again with another --out PATH.</source>
        <translation>新的恢复密钥已生成，但恢复密钥表未能写入（%1）。原恢复密钥已失效：请用另一个 --out 路径再次运行 recovery-key。</translation>
    </message>
    <message>
        <source>Recovery key sheet written to %1</source>
        <translation>恢复密钥表已写入 %1</translation>
    </message>
    <message>
        <source>The previous recovery key of this ledger no longer works: destroy its sheet. Print this one, lock it away apart from this computer, and then delete the PDF file.</source>
        <translation>本台账原来的恢复密钥已失效：请销毁原恢复密钥表。请打印这一张，锁好并与本电脑分开存放，然后删除该 PDF 文件。</translation>
    </message>
</context>
</TS>
