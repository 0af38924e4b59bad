<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>Accounts</name>
        <message>
            <location filename="../../core/security/accounts.py" line="308" />
            <source>用户名或密码不正确。连续输错 {n} 次将锁定 {minutes} 分钟。</source>
            <translation>Incorrect user name or password. After {n} failed attempts in a row the account is locked for {minutes} minutes.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="126" />
            <source>用户名须为 1–32 个字符，且不含空格。</source>
            <translation>A user name must be 1–32 characters, with no spaces.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="128" />
            <source>没有「{role}」这个角色。可用的角色：{roles}</source>
            <translation>There is no role “{role}”. Roles: {roles}</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="131" />
            <source>用户名「{name}」已被使用。</source>
            <translation>User name “{name}” is already taken.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="136" />
            <source>找不到对应的人员记录。</source>
            <translation>The linked staff record was not found.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="157" />
            <source>没有用户「{name}」。</source>
            <translation>There is no user “{name}”.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="172" />
            <source>不能停用最后一个管理员账户。</source>
            <translation>The last administrator account cannot be disabled.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="203" />
            <source>不能更改最后一个管理员账户的角色。</source>
            <translation>The role of the last administrator account cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="236" />
            <source>原密码不正确。</source>
            <translation>The current password is incorrect.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="238" />
            <source>新密码不能与原密码相同。</source>
            <translation>The new password must be different from the current one.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="274" />
            <source>密码连续输错 {n} 次，账户已锁定。请 {minutes} 分钟后再试，或请管理员解锁。</source>
            <translation>Wrong password {n} times in a row; the account is locked. Try again in {minutes} minutes, or ask an administrator to unlock it.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="295" />
            <source>账户「{name}」已停用，请联系管理员。</source>
            <translation>Account “{name}” is disabled; contact an administrator.</translation>
        </message>
        <message>
            <location filename="../../core/security/accounts.py" line="122" />
            <source>第一个账户必须是管理员（--role 管理员）。</source>
            <translation>The first account must be an administrator (--role 管理员).</translation>
        </message>
        <message>
            <location filename="../../core/security/passwords.py" line="55" />
            <source>密码至少需要 8 位。</source>
            <translation>A password needs at least 8 characters.</translation>
        </message>
        <message>
            <location filename="../../core/security/passwords.py" line="57" />
            <source>密码不能超过 128 位。</source>
            <translation>A password can have at most 128 characters.</translation>
        </message>
        <message>
            <location filename="../../core/security/passwords.py" line="59" />
            <source>密码首尾不能是空格。</source>
            <translation>A password cannot start or end with a space.</translation>
        </message>
        <message>
            <location filename="../../core/security/passwords.py" line="61" />
            <source>密码不能与用户名相同。</source>
            <translation>The password cannot be the same as the user name.</translation>
        </message>
        <message>
            <location filename="../../core/security/passwords.py" line="63" />
            <source>密码过于简单：请至少使用 4 个不同的字符。</source>
            <translation>The password is too simple: use at least 4 different characters.</translation>
        </message>
    </context>
    <context>
        <name>AdminParts</name>
        <message>
            <location filename="../../ui/pages/admin_parts.py" line="33" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>这项功能在本版本中尚未提供。</source>
            <translation type="vanished">This feature is not available in this version yet.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/admin_parts.py" line="24" />
            <source>无法读写文件（{kind}）：请检查文件夹是否存在、是否有写入权限、文件是否被其他程序占用。</source>
            <translation>Cannot read or write the file ({kind}): check that the folder exists, that you may write to it, and that no other program is using the file.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="149" />
            <location filename="../../ui/app.py" line="156" />
            <source>示范网点</source>
            <translation>Demo branch</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="149" />
            <source>示范网点已就绪：{months} 个月的客户清单已导入。

下个月的清单没有导入，放在：
{file}

可以在「导入」页选择它（或把它拖到窗口上），体验导入和新的流失预警。</source>
            <translation>The demo branch is ready: {months} months of customer lists have been imported.

Next month's list has not been imported; it is in:
{file}

Choose it on the Import page (or drop it onto the window) to try an import and see the new warnings.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="156" />
            <source>示范网点数据未能生成，未创建任何文件。
原因：{reason}</source>
            <translation>The demo branch could not be generated; no files were created.
Reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="170" />
            <location filename="../../ui/app.py" line="181" />
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="170" />
            <source>无法打开数据库文件：
{path}

文件可能已损坏、不是留客的数据库，或没有访问权限。自动备份位于同一文件夹下的 backups 文件夹中。</source>
            <translation>Cannot open the database file:
{path}

The file may be damaged, not a Liuke database, or not accessible. Automatic backups are in the backups folder next to it.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="221" />
            <source>正在检查备份并恢复数据库…</source>
            <translation>Checking the backup and restoring the database…</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="225" />
            <location filename="../../ui/app.py" line="228" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="225" />
            <source>未能从备份恢复，数据库保持原样。
原因：{reason}</source>
            <translation>Could not restore from the backup; the database is unchanged.
Reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="228" />
            <source>已从备份恢复：
{source}

恢复前的数据库已另存为：
{kept}

请重新登录。</source>
            <translation>Restored from backup:
{source}

The database as it was before the restore is saved as:
{kept}

Please sign in again.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="245" />
            <source>留客</source>
            <translation>Liuke</translation>
        </message>
        <message>
            <source>这个版本尚不支持从备份恢复。</source>
            <translation type="vanished">This version cannot restore from backups yet.</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="56" />
            <source>分派管户经理</source>
            <translation>Assign relationship manager</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="61" />
            <source>{name}（{no}，{role}，管户 {n} 户）</source>
            <translation>{name} ({no}, {role}, {n} customers)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="62" />
            <source>无工号</source>
            <translation>no staff no.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="69" />
            <source>管户经理(&amp;M)</source>
            <translation>&amp;Manager</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../core/security/audit.py" line="50" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="35" />
            <source>登录</source>
            <translation>Sign-in</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="36" />
            <source>登录失败</source>
            <translation>Failed sign-in</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="37" />
            <source>退出登录</source>
            <translation>Sign-out</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="38" />
            <source>账户锁定</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="39" />
            <source>屏幕锁定</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="40" />
            <source>屏幕解锁</source>
            <translation>Screen unlocked</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="41" />
            <source>新建账户</source>
            <translation>Account created</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="42" />
            <source>修改账户</source>
            <translation>Account changed</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="43" />
            <source>停用账户</source>
            <translation>Account disabled</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="44" />
            <source>启用/解锁账户</source>
            <translation>Account enabled/unlocked</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="45" />
            <source>修改密码</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="46" />
            <source>越权操作被拒绝</source>
            <translation>Action refused (not permitted)</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="47" />
            <source>按证件号/手机号查找</source>
            <translation>Search by ID no. / mobile</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="48" />
            <source>查看完整信息</source>
            <translation>Full details shown</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="49" />
            <source>删除客户个人信息</source>
            <translation>Customer personal data erased</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="51" />
            <source>撤销导入</source>
            <translation>Import undone</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="52" />
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="53" />
            <source>生成报告</source>
            <translation>Report produced</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="54" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="55" />
            <source>登记联系记录</source>
            <translation>Contact recorded</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="56" />
            <source>修改联系记录</source>
            <translation>Contact record edited</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="57" />
            <source>登记意见反馈</source>
            <translation>Feedback recorded</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="58" />
            <source>处理意见反馈</source>
            <translation>Feedback handled</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="59" />
            <source>更改预警状态</source>
            <translation>Warning status changed</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="60" />
            <source>分派客户</source>
            <translation>Customers assigned</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="61" />
            <source>交接</source>
            <translation>Handover</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="62" />
            <source>维护人员</source>
            <translation>Staff updated</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="63" />
            <source>修改设置</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="64" />
            <source>重新计算预警</source>
            <translation>Warnings recalculated</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="65" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="66" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="67" />
            <source>数据库升级</source>
            <translation>Database upgrade</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="68" />
            <source>导出交换包</source>
            <translation>Exchange package exported</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="69" />
            <source>导入交换包</source>
            <translation>Exchange package imported</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="70" />
            <source>清理过期数据</source>
            <translation>Expired data purged</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="71" />
            <source>载入示范数据</source>
            <translation>Demo data loaded</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="72" />
            <source>导出审计日志</source>
            <translation>Audit log exported</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="74" />
            <source>成功</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="74" />
            <source>拒绝</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="75" />
            <source>失败</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="116" />
            <source>审计日志已被篡改：第 {id} 条起哈希链不一致（{problem}）。</source>
            <translation>The audit log has been tampered with: the hash chain breaks from entry {id} ({problem}).</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="211" />
            <source>缺少记录</source>
            <translation>entry missing</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="213" />
            <source>与上一条的链接不符</source>
            <translation>link to the previous entry does not match</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="215" />
            <source>内容与哈希不符</source>
            <translation>content does not match its hash</translation>
        </message>
        <message>
            <location filename="../../core/security/audit.py" line="114" />
            <source>审计日志完整：共 {rows} 条，哈希链校验通过。</source>
            <translation>The audit log is intact: {rows} entries, hash chain verified.</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <location filename="../../ui/models/audit_details.py" line="24" />
            <location filename="../../ui/models/audit_details.py" line="107" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="25" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="26" />
            <source>原因</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="27" />
            <source>连续失败次数</source>
            <translation>Failures in a row</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="28" />
            <source>锁定分钟</source>
            <translation>Minutes locked</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="29" />
            <source>所需权限</source>
            <translation>Permission needed</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="30" />
            <location filename="../../ui/models/audit_details.py" line="31" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="32" />
            <source>联系方式</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="33" />
            <source>目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="34" />
            <source>客户态度</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="35" />
            <source>原状态</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="36" />
            <source>新状态</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="37" />
            <source>设置项</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="38" />
            <source>原值</source>
            <translation>Old value</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="39" />
            <source>新值</source>
            <translation>New value</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="40" />
            <source>变更</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="41" />
            <source>工号</source>
            <translation>Staff no.</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="42" />
            <source>原管户人员编号</source>
            <translation>Previous manager's staff ID</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="43" />
            <source>新管户人员编号</source>
            <translation>New manager's staff ID</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="44" />
            <source>修订版本</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="45" />
            <source>修改的项</source>
            <translation>Fields changed</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="46" />
            <source>原登记人</source>
            <translation>Originally recorded by</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="47" />
            <location filename="../../ui/models/audit_details.py" line="48" />
            <source>联系记录编号</source>
            <translation>Contact record no.</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="49" />
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="50" />
            <source>格式</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="51" />
            <source>行数</source>
            <translation>Rows</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="52" />
            <source>读取行数</source>
            <translation>Rows read</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="53" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="54" />
            <source>拒收</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="55" />
            <source>跳过</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="56" />
            <source>替换的批次</source>
            <translation>Batches replaced</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="57" />
            <source>删除月度数据</source>
            <translation>Monthly rows deleted</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="58" />
            <source>删除客户</source>
            <translation>Customers deleted</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="59" />
            <source>找到</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="60" />
            <source>客户数</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="61" />
            <source>预警客户</source>
            <translation>Customers warned</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="62" />
            <source>其中高价值</source>
            <translation>of which high-value</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="63" />
            <source>未结预警</source>
            <translation>Open warnings</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="64" />
            <source>待跟进</source>
            <translation>Follow-ups due</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="65" />
            <source>脱敏</source>
            <translation>Masked</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="66" />
            <source>数量</source>
            <translation>Counts</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="67" />
            <source>未变化</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="68" />
            <source>冲突</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="69" />
            <source>保留起点</source>
            <translation>Kept from</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="70" />
            <source>升级步骤</source>
            <translation>Upgrade steps</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="71" />
            <source>账户数</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="72" />
            <source>月数</source>
            <translation>Months</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="73" />
            <source>随机种子</source>
            <translation>Random seed</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="74" />
            <source>筛选</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="75" />
            <source>备份文件</source>
            <translation>Backup file</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="76" />
            <source>原数据库另存为</source>
            <translation>Previous database saved as</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="77" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="78" />
            <source>另选位置</source>
            <translation>Chosen location</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="79" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="80" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="81" />
            <location filename="../../ui/models/audit_details.py" line="82" />
            <source>文件哈希</source>
            <translation>File hash</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="84" />
            <source>月度资产数据</source>
            <translation>Monthly asset data</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="85" />
            <source>预警评分</source>
            <translation>Warning scores</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="86" />
            <source>预警</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="87" />
            <source>导入问题明细</source>
            <translation>Import issue details</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="88" />
            <source>联系记录</source>
            <translation>Contact records</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="89" />
            <location filename="../../ui/models/audit_details.py" line="113" />
            <source>意见反馈</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="90" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="94" />
            <source>用户名或密码不正确</source>
            <translation>Incorrect user name or password</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="95" />
            <source>账户已锁定</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="96" />
            <source>账户已停用</source>
            <translation>Account disabled</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="97" />
            <source>证件号码</source>
            <translation>ID no.</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="98" />
            <source>手机号码</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="99" />
            <source>手动</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="100" />
            <source>每日自动</source>
            <translation>Daily automatic</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="101" />
            <source>导入前</source>
            <translation>Before import</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="102" />
            <source>撤销导入前</source>
            <translation>Before undoing an import</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="103" />
            <source>升级前</source>
            <translation>Before upgrade</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="104" />
            <source>恢复前</source>
            <translation>Before restore</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="105" />
            <source>显示名</source>
            <translation>Display name</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="106" />
            <source>对应人员</source>
            <translation>Staff record</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="108" />
            <source>新登记</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="109" />
            <source>补登工号</source>
            <translation>Employee no. added</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="110" />
            <source>客户清单</source>
            <translation>Customer list</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="111" />
            <source>流失预警工作清单</source>
            <translation>At-risk work list</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="112" />
            <source>走访记录</source>
            <translation>Contact records</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="114" />
            <source>拒收的行</source>
            <translation>Rejected rows</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="144" />
            <source>是</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="144" />
            <source>否</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="180" />
            <source>角色 {old} → {new}</source>
            <translation>role {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="183" />
            <source>改动 {what}</source>
            <translation>changed {what}</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="185" />
            <source>首个管理员账户</source>
            <translation>first administrator account</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="187" />
            <source>管理员重置，下次登录须改密码</source>
            <translation>reset by the administrator; must change at next sign-in</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="187" />
            <source>本人修改</source>
            <translation>changed by the user</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_details.py" line="191" />
            <source>状态 {old} → {new}</source>
            <translation>status {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>AuditExport</name>
        <message>
            <location filename="../../core/security/audit_export.py" line="131" />
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="42" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="43" />
            <source>导出说明</source>
            <translation>About this export</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="30" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="31" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="32" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="33" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="34" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="35" />
            <source>操作代码</source>
            <translation>Action code</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="36" />
            <source>结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="37" />
            <source>客户内部编号</source>
            <translation>Customer internal no.</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="38" />
            <source>对象</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="39" />
            <source>详情</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="40" />
            <source>哈希</source>
            <translation>Hash</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="126" />
            <source>导出人</source>
            <translation>Exported by</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="127" />
            <source>导出时间</source>
            <translation>Exported at</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="128" />
            <source>条数</source>
            <translation>Entries</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="129" />
            <source>筛选条件</source>
            <translation>Filters</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="130" />
            <source>哈希链校验</source>
            <translation>Hash chain check</translation>
        </message>
        <message>
            <location filename="../../core/security/audit_export.py" line="131" />
            <source>审计记录只含客户内部编号，证件号、手机号等已脱敏。本文件含内部信息，请妥善保管。</source>
            <translation>Audit entries hold only customers' internal numbers; ID numbers, mobiles and the like are masked. This file contains internal information; keep it safe.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="86" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="91" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="95" />
            <source>全部操作</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="100" />
            <source>全部结果</source>
            <translation>All outcomes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="103" />
            <source>清除筛选</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="105" />
            <source>校验完整性</source>
            <translation>Verify integrity</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="106" />
            <source>重新计算每一条的哈希链，检查日志是否被改动或删除</source>
            <translation>Recompute the hash chain of every entry to check whether the log was altered or entries deleted</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="108" />
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="109" />
            <source>导出符合当前筛选的记录；导出本身也记入审计日志</source>
            <translation>Export the entries matching the current filters; the export itself is also logged</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="126" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="137" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="145" />
            <source>登录、查询、查看完整信息、导入导出、修改与删除都记录在此，只能追加，不能修改。“内部编号”是客户在本库中的编号，不含证件号、手机号等信息。</source>
            <translation>Sign-ins, searches, full-detail views, imports and exports, changes and deletions are all recorded here; entries can only be added, never changed. “Internal no.” is the customer's number in this database and contains no ID number, mobile or other details.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="229" />
            <source>符合筛选的记录 {n} 条</source>
            <translation>{n} entries match the filters</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="231" />
            <source>共 {n} 条记录</source>
            <translation>{n} entries</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="264" />
            <source>正在校验审计日志…</source>
            <translation>Verifying the audit log…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="278" />
            <source>审计日志-{day}.xlsx</source>
            <translation>audit-log-{day}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="280" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="287" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="294" />
            <source>已导出：{path}</source>
            <translation>Exported: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="296" />
            <source>（{n} 条）</source>
            <translation> ({n} entries)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit_page.py" line="53" />
            <source>导出审计日志</source>
            <translation>Export audit log</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../ui/models/audit_model.py" line="42" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="43" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="44" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="45" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="46" />
            <source>结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="47" />
            <source>内部编号</source>
            <translation>Internal no.</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="48" />
            <source>对象</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="49" />
            <source>详情</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="161" />
            <source>第 {id} 条</source>
            <translation>Entry {id}</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="190" />
            <source>点击切换：最新的在前 / 最早的在前</source>
            <translation>Click to switch: newest first / oldest first</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="192" />
            <source>客户在本库中的内部编号（不是客户号或证件号）</source>
            <translation>The customer's internal number in this database (not the customer no. or ID number)</translation>
        </message>
        <message>
            <location filename="../../ui/models/audit_model.py" line="193" />
            <source>此列不能排序</source>
            <translation>This column cannot be sorted</translation>
        </message>
    </context>
    <context>
        <name>Backtest</name>
        <message>
            <location filename="../../core/risk/backtest.py" line="33" />
            <source>评分 &gt; 0（任一规则触发）</source>
            <translation>Score &gt; 0 (any rule fired)</translation>
        </message>
        <message>
            <location filename="../../core/risk/backtest.py" line="34" />
            <source>风险等级 中 及以上</source>
            <translation>Risk level Medium or higher</translation>
        </message>
        <message>
            <location filename="../../core/risk/backtest.py" line="35" />
            <source>风险等级 高</source>
            <translation>Risk level High</translation>
        </message>
        <message>
            <location filename="../../core/risk/backtest.py" line="104" />
            <source>{period} 不能回测：回测需要该月之后至少 {horizon} 个月的数据。可回测的月份：{valid}</source>
            <translation>Cannot backtest {period}: a backtest needs at least {horizon} months of data after it. Months that can be backtested: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/risk/backtest.py" line="114" />
            <source>数据不足，无法回测：至少需要 {n} 个月的数据（已有 {have} 个月）。</source>
            <translation>Not enough data to backtest: at least {n} months are needed ({have} available).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../core/security/backups.py" line="52" />
            <source>手动备份</source>
            <translation>Manual backup</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="53" />
            <source>每日自动备份</source>
            <translation>Daily automatic backup</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="54" />
            <source>导入前</source>
            <translation>Before import</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="55" />
            <source>撤销导入前</source>
            <translation>Before undoing an import</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="57" />
            <source>升级前</source>
            <translation>Before upgrade</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="58" />
            <source>恢复前的数据库</source>
            <translation>Database before restore</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="317" />
            <source>当前数据库正在被使用（可能有留客窗口或另一个命令打开着它），无法替换。请先关闭后重试，当前数据库未作任何修改。</source>
            <translation>The current database is in use (a Liuke window or another command may have it open) and cannot be replaced. Close it and try again; the current database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="124" />
            <source>内存数据库无法备份。</source>
            <translation>An in-memory database cannot be backed up.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="147" />
            <source>「{name}」是一个文件夹：请给出备份文件名，如 {name}/留客备份.db。</source>
            <translation>“{name}” is a folder: give a backup file name, e.g. {name}/liuke-backup.db.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="150" />
            <source>文件夹「{folder}」不存在。请先建好文件夹，或换一个位置。</source>
            <translation>Folder “{folder}” does not exist. Create it first, or choose another location.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="153" />
            <source>不能把备份写到数据库文件本身。请换一个文件名。</source>
            <translation>A backup cannot be written over the database file itself. Choose another file name.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="195" />
            <source>找不到备份文件「{name}」。</source>
            <translation>Backup file “{name}” not found.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="199" />
            <source>「{name}」不是留客的数据库备份（不是 SQLite 文件）。当前数据库未作任何修改。</source>
            <translation>“{name}” is not a Liuke database backup (not an SQLite file). The current database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="212" />
            <source>备份文件「{name}」已损坏（完整性检查未通过），不能用于恢复。当前数据库未作任何修改，请选择另一个备份。</source>
            <translation>Backup file “{name}” is damaged (it failed the integrity check) and cannot be restored. The current database is unchanged; choose another backup.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="215" />
            <source>「{name}」不是留客的数据库备份。当前数据库未作任何修改。</source>
            <translation>“{name}” is not a Liuke database backup. The current database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="218" />
            <source>备份「{name}」由更新版本的留客创建，当前版本无法使用（未作任何修改）。请安装最新版本的留客后再恢复。</source>
            <translation>Backup “{name}” was made by a newer version of Liuke and this version cannot use it (nothing changed). Install the latest Liuke, then restore.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="243" />
            <source>所选文件就是当前数据库本身，无需恢复。</source>
            <translation>The chosen file is the current database itself; there is nothing to restore.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="135" />
            <source>无法写入备份到「{folder}」（磁盘已满、没有权限或副本校验未通过）。未留下不完整的备份，请换一个位置后重试。</source>
            <translation>Cannot write the backup to “{folder}” (disk full, no permission, or the copy failed verification). No incomplete backup was left; choose another location and try again.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="279" />
            <source>无法读取备份「{name}」或写入数据库所在文件夹（磁盘已满或没有权限）。当前数据库未作任何修改。</source>
            <translation>Cannot read backup “{name}” or write to the database's folder (disk full or no permission). The current database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../core/security/backups.py" line="56" />
            <source>导入交换包前</source>
            <translation>Before importing an exchange package</translation>
        </message>
    </context>
    <context>
        <name>BatchModel</name>
        <message>
            <location filename="../../ui/models/import_models.py" line="255" />
            <source>批次</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="256" />
            <source>数据月份</source>
            <translation>Data month</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="257" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="258" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="259" />
            <source>拒绝</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="260" />
            <source>警告</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="261" />
            <source>新客户</source>
            <translation>New customers</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="262" />
            <source>导入时间</source>
            <translation>Imported at</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="263" />
            <source>操作人</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="264" />
            <source>文件</source>
            <translation>File</translation>
        </message>
    </context>
    <context>
        <name>CategoryChart</name>
        <message>
            <location filename="../../ui/widgets/category_chart.py" line="52" />
            <source>本月没有新的意见反馈</source>
            <translation>No new feedback this month</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="153" />
            <source>管理员重置了您的密码。请设置一个只有您自己知道的新密码，然后继续。</source>
            <translation>An administrator has reset your password. Set a new password that only you know, then continue.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="154" />
            <source>请输入原密码，再输入两次新密码。</source>
            <translation>Enter your current password, then the new password twice.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="155" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="155" />
            <source>退出登录</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="155" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="160" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="162" />
            <source>原密码(&amp;O)</source>
            <translation>&amp;Old password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="163" />
            <source>新密码(&amp;P)</source>
            <translation>New &amp;password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="163" />
            <source>再次输入(&amp;R)</source>
            <translation>&amp;Repeat new password</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../ui/widgets/charts.py" line="16" />
            <source>{month}月</source>
            <translation>M{month}</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="234" />
            <source>记录联系</source>
            <translation>Record contact</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="241" />
            <source>记录一次联系</source>
            <translation>Record a contact</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="243" />
            <source>Tab 切换栏目，空格勾选，Ctrl+Enter 保存</source>
            <translation>Tab moves between fields, Space ticks, Ctrl+Enter saves</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="247" />
            <location filename="../../ui/dialogs/contact_dialog.py" line="253" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="250" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="306" />
            <source>联系记录未能保存（{kind}），数据库未作修改。</source>
            <translation>The contact could not be saved ({kind}); the database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="315" />
            <source>已记录对 {name} 的联系。</source>
            <translation>Contact with {name} recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="318" />
            <source>预警由「{old}」改为「{new}」。</source>
            <translation> Warning changed from “{old}” to “{new}”.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="321" />
            <source>下次跟进：{day}。</source>
            <translation> Next follow-up: {day}.</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="76" />
            <source>输入客户号后按 Tab</source>
            <translation>Type the customer no., then Tab</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="99" />
            <source>客户提到的他行（可不填）</source>
            <translation>Other bank the customer mentioned (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="102" />
            <source>简要记录沟通内容（不要写证件号、卡号等）</source>
            <translation>Brief notes on the conversation (no ID or card numbers)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="104" />
            <source>约定下次跟进</source>
            <translation>Agree a follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="110" />
            <source>自动（按客户态度）</source>
            <translation>Automatic (from attitude)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="113" />
            <source>预警处理</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="124" />
            <source>客户号</source>
            <translation>Customer no.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="126" />
            <source>联系人</source>
            <translation>Contacted by</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="127" />
            <source>联系时间</source>
            <translation>Contacted at</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="128" />
            <source>联系方式</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="129" />
            <source>联系目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="130" />
            <source>客户态度</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="131" />
            <source>原因</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="132" />
            <source>他行名称</source>
            <translation>Other bank</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="133" />
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="134" />
            <source>下次跟进</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="173" />
            <source>找不到这个客户号。</source>
            <translation>No customer with this number.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="176" />
            <source>管户：{name}</source>
            <translation>Manager: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="176" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="177" />
            <source>上次联系：{day}</source>
            <translation>Last contact: {day}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="177" />
            <source>从未联系</source>
            <translation>Never contacted</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/contact_dialog.py" line="180" />
            <source>预警：{status}</source>
            <translation>Warning: {status}</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="69" />
            <source>记录联系…</source>
            <translation>Record contact…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="71" />
            <source>为选中的客户记录一次联系（Enter）；不选客户时可输入客户号（Ctrl+N）</source>
            <translation>Record a contact with the selected customer (Enter); with none selected, type a customer no. (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="96" />
            <source>客户经理</source>
            <translation>Relationship manager</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="105" />
            <source>走访</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="111" />
            <location filename="../../ui/pages/contacts_page.py" line="127" />
            <source>全网点</source>
            <translation>Whole branch</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="171" />
            <source>今日到期 ({n})</source>
            <translation>Due today ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="171" />
            <source>已逾期 ({n})</source>
            <translation>Overdue ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="171" />
            <source>预警待联系 ({n})</source>
            <translation>Warnings to call ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="172" />
            <source>周期待维护 ({n})</source>
            <translation>Out of cadence ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="175" />
            <source>最近联系</source>
            <translation>Recent contacts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="178" />
            <source>{day}：跟进到期 {today} 户，逾期 {overdue} 户，预警待联系 {warn} 户（其中超时 {late} 户）</source>
            <translation>{day}: {today} follow-ups due, {overdue} overdue, {warn} warnings to call ({late} past the deadline)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/contacts_page.py" line="182" />
            <source>{day}：跟进到期 {today} 户，逾期 {overdue} 户</source>
            <translation>{day}: {today} follow-ups due, {overdue} overdue</translation>
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <location filename="../../ui/crash.py" line="93" />
            <source>没有权限</source>
            <translation>Not permitted</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="106" />
            <source>留客 - 意外错误</source>
            <translation>Liuke - Unexpected error</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="114" />
            <source>程序遇到了意外错误，错误日志也无法写入。
请重新启动留客；如问题反复出现，请联系技术支持。</source>
            <translation>Liuke hit an unexpected error and could not write the error log either.
Please restart Liuke; if it keeps happening, contact technical support.</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="115" />
            <source>程序遇到了意外错误。已导入的数据保存在数据库中，不受影响。

错误日志（不含客户信息）已保存到：
{path}

如问题反复出现，请把该文件发给技术支持人员。</source>
            <translation>Liuke hit an unexpected error. Imported data is safe in the database.

An error log (no customer information) was saved to:
{path}

If this keeps happening, send that file to technical support.</translation>
        </message>
    </context>
    <context>
        <name>Customer360Dialog</name>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="121" />
            <source>资产与等级</source>
            <translation>Assets and tier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="128" />
            <source>处理记录</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="132" />
            <source>预警</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="134" />
            <source>联系记录</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="135" />
            <source>意见反馈</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="136" />
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="212" />
            <source>管户经理</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="138" />
            <source>记录联系…</source>
            <translation>Record contact…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="140" />
            <source>记录一次电话、面谈或上门（Ctrl+N）</source>
            <translation>Record a call, meeting or visit (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="141" />
            <source>更改预警状态…</source>
            <translation>Change warning status…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="142" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="143" />
            <source>分派管户经理…</source>
            <translation>Assign manager…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="144" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="145" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="185" />
            <source>客户详情</source>
            <translation>Customer details</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="186" />
            <source>该客户已不在数据库中（可能其所在的导入批次已被撤销）。</source>
            <translation>This customer is no longer in the database (the import batch may have been undone).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="190" />
            <source>客户详情 - {name}（{no}）</source>
            <translation>Customer details - {name} ({no})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="209" />
            <source>客户号</source>
            <translation>Customer no.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="209" />
            <source>证件号码</source>
            <translation>ID no.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="210" />
            <source>手机号码</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="210" />
            <source>性别</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="211" />
            <source>出生年月</source>
            <translation>Born</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="211" />
            <source>网点</source>
            <translation>Branch</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="212" />
            <source>在册月份</source>
            <translation>Months on file</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="243" />
            <source>存款</source>
            <translation>Deposits</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="243" />
            <source>理财</source>
            <translation>Wealth products</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="244" />
            <source>基金</source>
            <translation>Funds</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="244" />
            <source>保险</source>
            <translation>Insurance</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="247" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="256" />
            <source>（关注）</source>
            <translation> (watch)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="257" />
            <source>未在册</source>
            <translation>Not on file</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="271" />
            <source>关闭说明：</source>
            <translation>Closing note: </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="274" />
            <source>生成预警</source>
            <translation>Warning raised</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="274" />
            <source>新一期仍有信号</source>
            <translation>Still flagged in new month</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="274" />
            <source>状态变更</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="279" />
            <source>有未结预警（{status}）</source>
            <translation>Open warning ({status})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="280" />
            <source>无未结预警</source>
            <translation>No open warning</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="281" />
            <source>预警（{n}）</source>
            <translation>Warnings ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="291" />
            <source>转交 {to}</source>
            <translation>forwarded to {to}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="295" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="297" />
            <source>联系记录（{n}）</source>
            <translation>Contacts ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="298" />
            <source>意见反馈（{n}）</source>
            <translation>Feedback ({n})</translation>
        </message>
        <message>
            <source>未能完成（{kind}），数据库未作修改。</source>
            <translation type="vanished">Not completed ({kind}); the database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="350" />
            <source>更改预警状态</source>
            <translation>Change warning status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="357" />
            <source>把 {name}（{no}）分派给：</source>
            <translation>Assign {name} ({no}) to:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="369" />
            <source>分派管户经理</source>
            <translation>Assign relationship manager</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="99" />
            <source>联系人</source>
            <translation>Contacted by</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="99" />
            <source>方式</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="99" />
            <source>目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="99" />
            <source>原因</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="99" />
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="99" />
            <source>下次跟进</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="101" />
            <source>工号</source>
            <translation>Staff no.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="96" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="96" />
            <source>风险</source>
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="96" />
            <source>分数</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="96" />
            <source>涉险资产（元）</source>
            <translation>AUM at stake (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="96" />
            <source>首次预警</source>
            <translation>First warned</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="96" />
            <source>最近一期</source>
            <translation>Latest period</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="96" />
            <source>原因/关闭说明</source>
            <translation>Reasons / closing note</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="98" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="98" />
            <source>事项</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="98" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="98" />
            <source>操作人</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="99" />
            <source>态度</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="100" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="100" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="100" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="100" />
            <source>转交/答复</source>
            <translation>Forwarded / answer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="101" />
            <source>起始日期</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="101" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="102" />
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="102" />
            <source>持有等级</source>
            <translation>Tier held</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="102" />
            <source>按当月资产</source>
            <translation>By month's AUM</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="102" />
            <source>金融资产（元）</source>
            <translation>AUM (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="102" />
            <source>存款（元）</source>
            <translation>Deposits (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="102" />
            <source>理财（元）</source>
            <translation>Wealth products (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="103" />
            <source>基金（元）</source>
            <translation>Funds (yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/customer_360_dialog.py" line="103" />
            <source>保险（元）</source>
            <translation>Insurance (yuan)</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetailDialog</name>
        <message>
            <source>客户详情</source>
            <translation type="vanished">Customer details</translation>
        </message>
        <message>
            <source>该客户已不在数据库中（可能其所在的导入批次已被撤销）。</source>
            <translation type="vanished">This customer is no longer in the database (the import batch may have been undone).</translation>
        </message>
        <message>
            <source>客户详情 - {name}（{no}）</source>
            <translation type="vanished">Customer details - {name} ({no})</translation>
        </message>
        <message>
            <source>金融资产走势（万元）</source>
            <translation type="vanished">AUM trend (10k CNY)</translation>
        </message>
        <message>
            <source>月度明细</source>
            <translation type="vanished">Monthly details</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation type="vanished">Close</translation>
        </message>
        <message>
            <source>客户号</source>
            <translation type="vanished">Customer no.</translation>
        </message>
        <message>
            <source>证件类型</source>
            <translation type="vanished">ID type</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation type="vanished">ID no.</translation>
        </message>
        <message>
            <source>手机号码</source>
            <translation type="vanished">Mobile</translation>
        </message>
        <message>
            <source>性别</source>
            <translation type="vanished">Gender</translation>
        </message>
        <message>
            <source>出生年月</source>
            <translation type="vanished">Born</translation>
        </message>
        <message>
            <source>网点</source>
            <translation type="vanished">Branch</translation>
        </message>
        <message>
            <source>管户经理</source>
            <translation type="vanished">Manager</translation>
        </message>
        <message>
            <source>首次在册</source>
            <translation type="vanished">First on file</translation>
        </message>
        <message>
            <source>最近在册</source>
            <translation type="vanished">Last on file</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="36" />
            <source>客户号</source>
            <translation>Customer no.</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="37" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="38" />
            <source>金融资产（元）</source>
            <translation>AUM (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="39" />
            <source>存款（元）</source>
            <translation>Deposits (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="40" />
            <source>管户经理</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="41" />
            <source>手机号码</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="42" />
            <source>证件号码</source>
            <translation>ID no.</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="43" />
            <source>性别</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="44" />
            <source>网点</source>
            <translation>Branch</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="45" />
            <source>最近在册月份</source>
            <translation>Last month on file</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="144" />
            <source>没有管户经理</source>
            <translation>No manager</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="145" />
            <source>该客户不在 {period} 的清单中</source>
            <translation>Not in the {period} list</translation>
        </message>
        <message>
            <location filename="../../ui/models/customer_table_model.py" line="161" />
            <source>此列不能排序</source>
            <translation>This column cannot be sorted</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="70" />
            <source>客户</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="73" />
            <source>搜索客户号、姓名，或手机号/证件号后4位</source>
            <translation>Search customer no., name, or last 4 digits of mobile/ID</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="90" />
            <source>管户经理</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="94" />
            <source>数据月份</source>
            <translation>Data month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="126" />
            <source>还没有客户数据。

请导入本网点的月度客户清单（Excel 或 CSV），
也可以直接把文件拖到这个窗口中。</source>
            <translation>No customer data yet.

Import the branch's monthly customer list (Excel or CSV),
or drag the file onto this window.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="129" />
            <source>导入月度客户清单…</source>
            <translation>Import monthly customer list…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="202" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="209" />
            <source>（未分配）</source>
            <translation>(unassigned)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="212" />
            <source>（最新）</source>
            <translation> (latest)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="215" />
            <source>（无数据）</source>
            <translation>(no data)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="227" />
            <source>找到 {n} 户</source>
            <translation>{n} found</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers_page.py" line="229" />
            <source>共 {n} 户</source>
            <translation>{n} customers</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="113" />
            <source>工作台</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="118" />
            <source>在册客户</source>
            <translation>Customers on file</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="118" />
            <source>金融资产总额（万元）</source>
            <translation>Total AUM (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="119" />
            <source>高价值客户资产（万元）</source>
            <translation>High-value AUM (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="119" />
            <source>本月预警客户</source>
            <translation>Warnings this month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="120" />
            <source>涉险资产（万元）</source>
            <translation>AUM at risk (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="120" />
            <source>今日跟进 / 逾期</source>
            <translation>Follow-ups today / overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="121" />
            <location filename="../../ui/pages/dashboard_page.py" line="278" />
            <source>预警待联系</source>
            <translation>Warnings to call</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="121" />
            <source>待办反馈</source>
            <translation>Open feedback</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="126" />
            <source>金融资产（万元）</source>
            <translation>AUM (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="126" />
            <source>预警客户数</source>
            <translation>Customers with warnings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="128" />
            <source>近12个月走势</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="149" />
            <source>今日工作</source>
            <translation>Today's work</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="209" />
            <source>正在读取…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="229" />
            <source>还没有数据：请先导入月度客户清单。</source>
            <translation>No data yet: import a monthly customer list first.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="240" />
            <source>数据月份：{month}</source>
            <translation>Data month: {month}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="243" />
            <source>数据月份：{month}　对比：{previous}</source>
            <translation>Data month: {month}　Compared with: {previous}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="244" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="263" />
            <source>；未结 {n}</source>
            <translation>; {n} open</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="248" />
            <source>尚未告知客户处理结果</source>
            <translation>customer not yet told the outcome</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="272" />
            <source>超出维护周期 {n} 户</source>
            <translation>{n} out of cadence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="275" />
            <source>其中已超时 {n} 户</source>
            <translation>{n} past the deadline</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="279" />
            <source>逾期跟进</source>
            <translation>Overdue follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="280" />
            <source>今日跟进</source>
            <translation>Follow-up today</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="281" />
            <source>超出维护周期</source>
            <translation>Out of cadence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="285" />
            <source>（未分配）</source>
            <translation>(unassigned)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="285" />
            <source>从未联系</source>
            <translation>Never contacted</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="286" />
            <source>{n} 天</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="288" />
            <source>共 {n} 项</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="290" />
            <source>，显示最急的 {n} 项</source>
            <translation>, showing the {n} most urgent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="291" />
            <source>　{day}</source>
            <translation>　{day}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="80" />
            <source>上月无数据</source>
            <translation>no data last month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="90" />
            <source>较上月 {change}</source>
            <translation>{change} vs last month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="129" />
            <source>客户号</source>
            <translation>Customer no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="129" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="129" />
            <source>等级</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="129" />
            <source>管户经理</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="129" />
            <source>应联系日</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="129" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard_page.py" line="129" />
            <source>逾期</source>
            <translation>Overdue</translation>
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <location filename="../../ui/pages/data_page.py" line="104" />
            <source>您的角色（{role}）不能备份、交换或清理数据。</source>
            <translation>Your role ({role}) cannot back up, exchange or purge data.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="126" />
            <source>数据安全</source>
            <translation>Data security</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="151" />
            <source>备份</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="153" />
            <source>每次导入前、数据库升级前和每天第一次打开时自动备份，每份写完都经过完整性校验。恢复时当前数据库会先另存一份，不会丢失。</source>
            <translation>The database is backed up automatically before every import and upgrade, and when first opened each day; every backup is checked for integrity once written. A restore first saves the current database aside, so nothing is lost.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="162" />
            <location filename="../../ui/pages/data_page.py" line="377" />
            <source>立即备份</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="165" />
            <source>恢复所选备份…</source>
            <translation>Restore selected backup…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="177" />
            <source>交换包</source>
            <translation>Exchange packages</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="179" />
            <source>网点的几台电脑之间交换联系记录、意见反馈、分派和预警状态：导出本机上次交换以来登记的内容，用 U 盘带到另一台电脑导入。文件用密码加密；重复导入不会重复记录。客户清单仍通过每月导入更新。</source>
            <translation>Exchange contact records, feedback, assignments and warning statuses between the branch's PCs: export what was recorded on this PC since the last exchange, carry it on a USB drive to another PC and import it there. Files are password-encrypted; importing twice does not duplicate records. Customer lists are still updated by the monthly import.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="181" />
            <source>导出交换包…</source>
            <translation>Export exchange package…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="183" />
            <source>导入交换包…</source>
            <translation>Import exchange package…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="185" />
            <source>导出全部记录（不只是上次导出以来新增的）</source>
            <translation>Export all records (not only those new since the last export)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="186" />
            <source>另一台电脑上丢了交换包，或新加入一台电脑时使用；对方重复导入不会重复记录</source>
            <translation>Use when a package went missing on another PC, or when a new PC joins; importing again there does not duplicate records</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="199" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="212" />
            <source>数据保留</source>
            <translation>Data retention</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="213" />
            <source>超过保留期限的个人数据可以清理（安全删除，无法撤销）。期限在“设置 → 安全与保留”中修改。</source>
            <translation>Personal data older than its retention period can be purged (securely deleted; this cannot be undone). Change the periods under “Settings → Security and retention”.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="222" />
            <source>预览清理</source>
            <translation>Preview purge</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="224" />
            <source>清理过期数据…</source>
            <translation>Purge expired data…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="273" />
            <source>保留 {n} 个月</source>
            <translation>Kept {n} months</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="279" />
            <source>本机待导出 {n} 条记录。</source>
            <translation>{n} records on this PC waiting to be exported.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="280" />
            <source>上次导出：{export}；上次导入：{imported}</source>
            <translation>Last export: {export}; last import: {imported}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="283" />
            <source>另有 {n} 条收到的记录在等对应的客户（导入该月客户清单后自动补上）。</source>
            <translation>{n} more received records are waiting for their customers (linked automatically once that month's customer list is imported).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="290" />
            <source>共 {n} 份，保存在：{folder}</source>
            <translation>{n} backups, in: {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="293" />
            <source>还没有备份。</source>
            <translation>No backups yet.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="357" />
            <source>正在导出交换包…</source>
            <translation>Exporting the exchange package…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="357" />
            <source>正在导入交换包…</source>
            <translation>Importing the exchange package…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="372" />
            <source>已取消，数据库和文件都未作修改。</source>
            <translation>Cancelled; the database and files are unchanged.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="385" />
            <source>正在取消…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="395" />
            <source>正在备份…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="407" />
            <source>已备份并校验：{path}</source>
            <translation>Backed up and verified: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="417" />
            <source>用 {time} 的备份（{reason}）替换当前数据库？

当前数据库会先另存到备份文件夹，不会删除；此后登记的内容不在这份备份里。恢复时留客会关闭数据库，完成后所有人都需要重新登录。</source>
            <translation>Replace the current database with the backup from {time} ({reason})?

The current database is first saved to the backups folder, not deleted; anything recorded after this backup is not in it. Liuke closes the database during the restore, and everyone must sign in again afterwards.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="421" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="421" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="433" />
            <source>交换包-{user}-{day}</source>
            <translation>exchange-{user}-{day}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="435" />
            <source>留客交换包 (*{suffix})</source>
            <translation>Liuke exchange package (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="451" />
            <source>已导出交换包：{path}（{what}）。用 U 盘带到另一台电脑，在那里“导入交换包”；密码请另行告知。</source>
            <translation>Exchange package exported: {path} ({what}). Carry it on a USB drive to the other PC and use “Import exchange package” there; give the password separately.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="454" />
            <source>上次导出：{what}</source>
            <translation>Last export: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="466" />
            <source>留客交换包 (*{suffix});;所有文件 (*)</source>
            <translation>Liuke exchange package (*{suffix});;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="481" />
            <source>已导入交换包：新增 {added}，未变化 {same} 条，冲突 {conflicts} 处。</source>
            <translation>Exchange package imported. Added: {added}; unchanged: {same}; conflicts: {conflicts}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="482" />
            <source>0 条</source>
            <translation>0</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="505" />
            <source>正在统计…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="514" />
            <source>永久删除超过保留期限的月度资产数据、联系记录、意见反馈和审计日志？

删除后无法撤销（安全删除）；较早的备份中仍有这些数据，直到备份轮换删除。建议先“立即备份”。</source>
            <translation>Permanently delete monthly asset data, contact records, feedback and audit log entries older than their retention periods?

This cannot be undone (secure deletion); older backups still hold the data until they are rotated out. Consider “Back up now” first.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="518" />
            <source>上次预览：{what}。</source>
            <translation>Last preview: {what}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="518" />
            <source>上次预览时没有过期数据。</source>
            <translation>The last preview found no expired data.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="519" />
            <source>清理过期数据</source>
            <translation>Purge expired data</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="519" />
            <source>清理</source>
            <translation>Purge</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="522" />
            <source>正在清理…</source>
            <translation>Purging…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="531" />
            <source>按当前设置将删除：{what}。</source>
            <translation>With the current settings this deletes: {what}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="531" />
            <source>没有超过保留期限的数据。</source>
            <translation>No data is older than its retention period.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="534" />
            <source>已清理：{what}。</source>
            <translation>Purged: {what}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="534" />
            <source>没有超过保留期限的数据，未删除任何内容。</source>
            <translation>No data is older than its retention period; nothing was deleted.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_page.py" line="540" />
            <source>保留起点：{dates}</source>
            <translation>Kept from: {dates}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="41" />
            <source>意见反馈</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="43" />
            <source>客户</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="53" />
            <source>原因</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="29" />
            <source>月度资产数据</source>
            <translation>Monthly asset data</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="30" />
            <source>联系记录与意见反馈</source>
            <translation>Contact records and feedback</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="31" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="40" />
            <source>联系记录</source>
            <translation>Contact records</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="46" />
            <source>正在收集要导出的记录…</source>
            <translation>Collecting the records to export…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="47" />
            <source>正在加密写入交换包…</source>
            <translation>Encrypting and writing the exchange package…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="48" />
            <source>正在读取交换包…</source>
            <translation>Reading the exchange package…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="49" />
            <source>正在合并记录…</source>
            <translation>Merging records…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="52" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="54" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="55" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="107" />
            <source>保存交换包</source>
            <translation>Save exchange package</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="113" />
            <source>选择交换包</source>
            <translation>Choose exchange package</translation>
        </message>
        <message>
            <location filename="../../ui/pages/data_parts.py" line="100" />
            <source>{kind} {n} 条</source>
            <translation>{kind} ({n})</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../core/db.py" line="60" />
            <source>这个数据库由更新版本的留客创建，当前版本无法打开（未作任何修改）。请安装最新版本的留客后再打开。</source>
            <translation>This database was created by a newer version of Liuke and this version cannot open it (nothing changed). Install the latest Liuke, then open it.</translation>
        </message>
        <message>
            <location filename="../../core/db.py" line="150" />
            <source>网络驱动器</source>
            <translation>network drive</translation>
        </message>
        <message>
            <location filename="../../core/db.py" line="74" />
            <source>数据库文件「{path}」位于网络位置（{kind}），留客拒绝打开（未作任何修改）。SQLite 数据库通过网络共享（SMB/NFS 等）读写时文件锁不可靠，多台电脑同时使用会损坏数据。请把数据库文件复制到本机硬盘（例如 D:\留客数据\liuke.db），再用 --db 指定它或在本机打开；各电脑之间请用「交换包」互通联系记录。</source>
            <translation>The database file “{path}” is on a network location ({kind}), so Liuke will not open it (nothing changed). File locking is unreliable when an SQLite database is used over a network share (SMB/NFS etc.), and several PCs using it at once will corrupt the data. Copy the database file to this PC's hard disk (e.g. D:\Liuke data\liuke.db), then point --db at it or open it on this PC; use exchange packages to share contact records between PCs.</translation>
        </message>
    </context>
    <context>
        <name>DemoBuildDialog</name>
        <message>
            <location filename="../../ui/dialogs/demo_build_dialog.py" line="34" />
            <source>正在准备示范网点</source>
            <translation>Preparing the demo branch</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/demo_build_dialog.py" line="39" />
            <source>正在生成示范网点的月度客户清单…</source>
            <translation>Generating the demo branch's monthly customer lists…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/demo_build_dialog.py" line="43" />
            <source>共 {customers:,} 位虚构客户、{months} 个月。</source>
            <translation>{customers:,} fictitious customers, {months} months.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/demo_build_dialog.py" line="48" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/demo_build_dialog.py" line="87" />
            <source>正在取消…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/demo_build_dialog.py" line="96" />
            <source>正在导入第 {month} / {total} 个月的数据…</source>
            <translation>Importing month {month} of {total}…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="47" />
            <source>没有权限</source>
            <translation>Not permitted</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="37" />
            <source>操作未完成（{kind}），数据库未作修改。</source>
            <translation>Not completed ({kind}); the database is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <location filename="../../core/exchange/exporting.py" line="92" />
            <source>不能把交换包写到数据库文件上。请另选一个文件名（.lkx）。</source>
            <translation>An exchange package cannot be written over the database file. Choose another file name (.lkx).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/exporting.py" line="95" />
            <source>「{path}」是文件夹。请给出交换包的文件名，例如 {path}/交换包.lkx。</source>
            <translation>“{path}” is a folder. Give a file name for the exchange package, e.g. {path}/exchange.lkx.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/exporting.py" line="99" />
            <source>文件夹「{folder}」不存在（U盘是否已插好？）。未生成交换包。</source>
            <translation>Folder “{folder}” does not exist (is the USB drive plugged in?). No exchange package was created.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/exporting.py" line="109" />
            <source>无法写入「{path}」（{reason}）。请检查U盘是否已满或只读，换个位置再试。</source>
            <translation>Cannot write “{path}” ({reason}). Check whether the USB drive is full or read-only, or try another location.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/exporting.py" line="52" />
            <source>自上次导出以来，本机没有新的联系记录、反馈、预警处理或分派，未生成交换包。如需把全部记录再导出一次，请选择「全部」（--all）。</source>
            <translation>No new contact records, feedback, warning updates or assignments on this PC since the last export, so no exchange package was created. To export every record again, choose “Export all records” (--all).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/importing.py" line="130" />
            <source>这是本机自己导出的交换包，不需要导入（未作任何修改）。请在另一台电脑上导入它。</source>
            <translation>This exchange package was exported by this PC and does not need importing (nothing changed). Import it on another PC.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/importing.py" line="135" />
            <source>这个交换包来自「{branch}」，与本机数据库的网点不同，未导入（未作任何修改）。</source>
            <translation>This exchange package comes from “{branch}”, a different branch from this PC's database; it was not imported (nothing changed).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/importing.py" line="84" />
            <source>导入前备份数据库失败（磁盘空间不足或没有写入权限？），未导入（未作任何修改）。</source>
            <translation>Backing up the database before the import failed (disk full or no write permission?); nothing was imported (nothing changed).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/importing.py" line="112" />
            <source>交换包中有本机无法识别的内容（可能来自不同版本的留客），未导入（未作任何修改）。请两台电脑使用同一版本的留客。</source>
            <translation>The exchange package contains content this PC does not recognise (perhaps from a different version of Liuke); it was not imported (nothing changed). Use the same version of Liuke on both PCs.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/importing.py" line="151" />
            <source>那台电脑在这个包之前还导出过一个交换包，本机没有导入过。如果没有导入过那个包，可能缺少其中的记录：请导入它，或请对方选择「全部」（--all）重新导出。</source>
            <translation>The other PC exported another exchange package before this one, which this PC has not imported. Its records may be missing here: import it, or ask your colleague to export again with “Export all records” (--all).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/importing.py" line="117" />
            <source>有 {n} 项预警处理或分派暂存待用：本机还没有对应的客户或预警，导入相应月份的清单后会自动补上。</source>
            <translation>{n} warning updates or assignments are held for later: their customers or warnings are not on this PC yet, and they are applied automatically once that month's list is imported.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/importing.py" line="119" />
            <source>有 {n} 条记录的客户本机尚未导入，已按客户号保存，导入其月度清单后自动关联。</source>
            <translation>{n} records belong to customers not yet imported on this PC; they are kept by customer no. and linked automatically once the customers' monthly list is imported.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/importing.py" line="147" />
            <source>这个交换包已于 {at} 导入过；重复导入不会重复添加记录。</source>
            <translation>This exchange package was already imported at {at}; importing it again adds no duplicate records.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_assignments.py" line="30" />
            <source>本机还没有这位客户（其月度清单尚未导入）</source>
            <translation>This customer is not on this PC yet (their monthly list has not been imported)</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_assignments.py" line="105" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_assignments.py" line="108" />
            <source>{name}（{who}，{day}）</source>
            <translation>{name} ({who}, {day})</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_assignments.py" line="117" />
            <source>同一客户在两台电脑上分派给了不同的人：以较晚的分派为准，另一次保留在管户历史中。</source>
            <translation>The customer was assigned to different people on the two PCs: the later assignment stands, and the other is kept in the assignment history.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_assignments.py" line="114" />
            <source>客户 {no} 的管户经理</source>
            <translation>Relationship manager of customer {no}</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_contacts.py" line="199" />
            <source>{who} 于 {at} 修改的版本</source>
            <translation>Version edited by {who} at {at}</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_contacts.py" line="205" />
            <source>同一条联系记录在两台电脑上都被修改：保留较晚的修改，另一版本已存入修改历史。</source>
            <translation>The same contact record was edited on both PCs: the later edit is kept, and the other version is saved in the edit history.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_contacts.py" line="202" />
            <source>客户 {no} 在 {at} 的联系记录</source>
            <translation>Contact record of customer {no} at {at}</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_feedback.py" line="144" />
            <source>同一条反馈在两台电脑上都被处理：以较晚的一步为当前状态，两边的每一步都保留在处理记录中。</source>
            <translation>The same feedback was handled on both PCs: the later step sets the current status, and every step from both is kept in its history.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_feedback.py" line="141" />
            <source>客户 {no} 在 {day} 提出的反馈</source>
            <translation>Feedback from customer {no} on {day}</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_warnings.py" line="34" />
            <source>本机还没有这个预警（该客户或该月份的清单尚未导入）</source>
            <translation>This warning is not on this PC yet (the list for that customer or month has not been imported)</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_warnings.py" line="139" />
            <source>同一预警在两台电脑上都改了状态：以时间较晚的修改为当前状态，另一修改保留在预警的处理记录中。</source>
            <translation>The warning's status was changed on both PCs: the later change is the current status, and the other is kept in the warning's history.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/merge_warnings.py" line="136" />
            <source>客户 {no} 的预警（{period} 起）</source>
            <translation>Warning for customer {no} (from {period})</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="256" />
            <source>这不是留客的交换包文件（未作任何修改）。请选择另一台电脑用「导出交换包」生成的 .lkx 文件。</source>
            <translation>This is not a Liuke exchange package (nothing changed). Choose a .lkx file made with “Export exchange package” on another PC.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="263" />
            <source>交换包已损坏或被改动过，无法验证，未导入（未作任何修改）。请在原电脑上重新导出一份。</source>
            <translation>The exchange package is damaged or has been altered and cannot be verified; it was not imported (nothing changed). Export it again on the original PC.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="80" />
            <source>交换包密码至少 {n} 个字符。请换一个更长的密码（交换包里有客户记录，会经U盘等途径传递）。</source>
            <translation>An exchange package password needs at least {n} characters. Choose a longer one (the package holds customer records and travels on USB drives and the like).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="84" />
            <source>交换包密码过长（最多 {n} 个字符）。</source>
            <translation>The exchange package password is too long (at most {n} characters).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="116" />
            <source>交换包超过 {mb} MB 的上限，未生成。请不加 --all，只导出上次导出以来的记录。</source>
            <translation>The exchange package would exceed the {mb} MB limit and was not created. Export without --all, only the records since the last export.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="167" />
            <source>这个交换包由更新版本的留客生成，当前版本无法读取（未作任何修改）。请先升级本机的留客。</source>
            <translation>This exchange package was made by a newer version of Liuke and this version cannot read it (nothing changed). Upgrade Liuke on this PC first.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="191" />
            <source>交换包密码不对（未作任何修改）。请向导出这个包的同事确认密码后重试。</source>
            <translation>Wrong exchange package password (nothing changed). Check the password with the colleague who exported the package and try again.</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="209" />
            <source>「{name}」有 {mb} MB，超过交换包 {limit} MB 的上限，不是留客导出的交换包（未作任何修改）。</source>
            <translation>“{name}” is {mb} MB, over the {limit} MB limit for exchange packages, so it is not a package exported by Liuke (nothing changed).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="215" />
            <source>找不到文件「{name}」。请检查路径（U盘是否已插好）。</source>
            <translation>File “{name}” not found. Check the path (is the USB drive plugged in?).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="218" />
            <source>「{name}」是文件夹，请选择交换包文件（.lkx）。</source>
            <translation>“{name}” is a folder; choose an exchange package file (.lkx).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/package.py" line="227" />
            <source>交换包解压后超过 {mb} MB 的上限，未导入（未作任何修改）。</source>
            <translation>The exchange package unpacks to more than the {mb} MB limit; it was not imported (nothing changed).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/validate.py" line="93" />
            <source>交换包中的「{kind}」记录格式不对（可能来自不同版本的留客），未导入（未作任何修改）。</source>
            <translation>The “{kind}” records in the exchange package are malformed (perhaps from a different version of Liuke); it was not imported (nothing changed).</translation>
        </message>
        <message>
            <location filename="../../core/exchange/validate.py" line="65" />
            <source>交换包中的记录超过 {n} 条的上限，未导入（未作任何修改）。</source>
            <translation>The exchange package holds more than the limit of {n} records; it was not imported (nothing changed).</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="27" />
            <source>意见反馈</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="46" />
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="70" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="25" />
            <source>联系记录</source>
            <translation>Contact records</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="26" />
            <source>联系记录的修改</source>
            <translation>Contact record edits</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="28" />
            <source>意见反馈的处理步骤</source>
            <translation>Feedback steps</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="29" />
            <source>预警状态变化</source>
            <translation>Warning status changes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="31" />
            <source>预警当前状态更新</source>
            <translation>Current warning status updates</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="32" />
            <source>管户分派</source>
            <translation>Assignments</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="33" />
            <source>客户交接</source>
            <translation>Customer handovers</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="34" />
            <source>新登记的员工</source>
            <translation>Newly added staff</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="35" />
            <source>其中暂未对上客户的记录</source>
            <translation>of which not yet linked to a customer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="39" />
            <source>预警</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="44" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="44" />
            <source>条数</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="45" />
            <source>记录</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="45" />
            <source>现为</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="46" />
            <source>保留在历史中</source>
            <translation>Kept in history</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="67" />
            <source>{kind} {n} 人</source>
            <translation>{kind} ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="68" />
            <source>{kind} {n} 条</source>
            <translation>{kind} ({n})</translation>
        </message>
    </context>
    <context>
        <name>ExchangePasswordDialog</name>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="78" />
            <source>交换包密码</source>
            <translation>Exchange package password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="83" />
            <source>交换包用这个密码加密。请把密码另行告知导入的同事，不要写在 U 盘上或与 U 盘放在一起。</source>
            <translation>The exchange package is encrypted with this password. Tell it separately to the colleague who will import it; do not write it on the USB drive or keep it with the drive.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="85" />
            <source>请输入导出这个交换包时设置的密码。</source>
            <translation>Enter the password set when this exchange package was exported.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="90" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="90" />
            <source>再输入一次</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="93" />
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="93" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="94" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ExchangeReportDialog</name>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="119" />
            <source>交换包导入结果</source>
            <translation>Exchange package import results</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="124" />
            <source>没有新内容：交换包中的 {n} 条记录本机都已有（同一个包导入两次不会重复）。</source>
            <translation>Nothing new: all {n} records in the exchange package are already on this PC (importing the same package twice adds no duplicates).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="126" />
            <source>已合并：新增 {added} 条，本机已有（未变化）{same} 条，冲突 {conflicts} 处。</source>
            <translation>Merged: {added} added, {same} already here (unchanged), {conflicts} conflicts.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="152" />
            <source>冲突：同一条记录在两台电脑上都改过，以较晚的修改为准，另一方保留在历史中</source>
            <translation>Conflicts: the same record was changed on both PCs; the later change stands and the other is kept in the history</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/exchange_dialog.py" line="168" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPage</name>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="72" />
            <source>推进到下一步…</source>
            <translation>Move to next step…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="75" />
            <source>退回…</source>
            <translation>Send back…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="106" />
            <source>月度汇总</source>
            <translation>Monthly digest</translation>
        </message>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="117" />
            <source>选中一条反馈，按“推进”走到下一步；客户对答复不满意时可“退回”。</source>
            <translation>Select a feedback item and press “Move to next step”; if the customer is not satisfied with the answer, “Send back”.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="127" />
            <source>意见反馈</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="175" />
            <source>{status}（{n}）</source>
            <translation>{status} ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="194" />
            <source>还没有导入数据。</source>
            <translation>No data imported yet.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="201" />
            <source>本月新增 {raised} 条，办结 {closed} 条，平均办结 {days} 天；目前仍未办结 {open} 条。</source>
            <translation>This month: {raised} new, {closed} closed, {days} days on average to close; {open} still open.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="205" />
            <source>本月联系中客户提到的他行：{banks}</source>
            <translation>Other banks customers mentioned this month: {banks}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/feedback_page.py" line="254" />
            <source>已将 {who} 的反馈改为「{status}」。</source>
            <translation>Feedback from {who} set to “{status}”.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackStepDialog</name>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="39" />
            <source>退回意见反馈</source>
            <translation>Send feedback back</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="39" />
            <source>推进意见反馈</source>
            <translation>Move feedback forward</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="49" />
            <source>转交给谁或哪个部门，如 个人金融部</source>
            <translation>Person or department it goes to, e.g. Retail Banking</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="54" />
            <source>为什么退回，如 客户对答复不满意</source>
            <translation>Why it goes back, e.g. customer unhappy with the answer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="63" />
            <source>当前状态</source>
            <translation>Current status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="64" />
            <source>改为</source>
            <translation>Change to</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="65" />
            <source>转交给</source>
            <translation>Forwarded to</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="65" />
            <source>答复内容</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="66" />
            <source>退回原因</source>
            <translation>Reason for sending back</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="69" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="71" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/feedback_step_dialog.py" line="72" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="109" />
            <source>创建管理员账户</source>
            <translation>Create the administrator account</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="110" />
            <source>这个数据库还没有任何账户。请先创建管理员账户：管理员负责建立其他人员的账户、设置和备份，但不能查看客户数据。
创建后，请在「账户」页为主管、客户经理和柜员建立各自的账户。</source>
            <translation>This database has no accounts yet. First create the administrator account: the administrator sets up everyone else's accounts, the settings and backups, but cannot see customer data.
Then, on the Accounts page, create an account for each supervisor, relationship manager and teller.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="112" />
            <source>创建并登录</source>
            <translation>Create and sign in</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="112" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="116" />
            <source>例如：张明（系统管理员）</source>
            <translation>e.g. Zhang Ming (system administrator)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="118" />
            <source>用户名(&amp;U)</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="119" />
            <source>显示名称(&amp;N)</source>
            <translation>Display &amp;name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="120" />
            <source>密码(&amp;P)</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/account_dialogs.py" line="120" />
            <source>再次输入(&amp;R)</source>
            <translation>&amp;Repeat password</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="../../ui/dialogs/first_start_dialog.py" line="21" />
            <location filename="../../ui/dialogs/first_start_dialog.py" line="27" />
            <source>欢迎使用留客</source>
            <translation>Welcome to Liuke</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_start_dialog.py" line="29" />
            <source>留客帮助网点记住每一位有价值的客户，及早发现资产流失的苗头。
这台电脑上还没有留客的数据库，请选择如何开始：</source>
            <translation>Liuke helps the branch keep track of every valuable customer and spot early signs of funds leaving.
There is no Liuke database on this computer yet. How would you like to start?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_start_dialog.py" line="40" />
            <source>新建空数据库</source>
            <translation>New empty database</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_start_dialog.py" line="40" />
            <source>从导入本网点的月度客户清单（Excel 或 CSV）开始。</source>
            <translation>Start by importing the branch's monthly customer list (Excel or CSV).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_start_dialog.py" line="43" />
            <source>打开示范网点（演示数据）</source>
            <translation>Open the demo branch (sample data)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_start_dialog.py" line="44" />
            <source>生成一个虚构网点约 2,000 位客户、12 个月的数据，先熟悉各项功能。全部为虚构数据，通常不到一分钟。</source>
            <translation>Generates a fictitious branch with about 2,000 customers and 12 months of data to try every feature. All data is made up; this usually takes under a minute.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_start_dialog.py" line="47" />
            <source>数据库位置：{path}</source>
            <translation>Database location: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_start_dialog.py" line="52" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>Followup</name>
        <message>
            <location filename="../../core/followup/codes.py" line="18" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="19" />
            <source>面谈</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="20" />
            <source>上门</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="21" />
            <source>微信</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="22" />
            <source>短信</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="23" />
            <source>网点接待</source>
            <translation>At the branch</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="26" />
            <source>挽留</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="27" />
            <source>到期提醒</source>
            <translation>Maturity reminder</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="28" />
            <source>关怀回访</source>
            <translation>Courtesy call</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="29" />
            <source>产品营销</source>
            <translation>Product offer</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="30" />
            <source>投诉处理</source>
            <translation>Complaint handling</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="31" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="34" />
            <source>稳定</source>
            <translation>Stable</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="35" />
            <source>犹豫</source>
            <translation>Hesitant</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="36" />
            <source>有意转出</source>
            <translation>Intends to move funds</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="37" />
            <source>已转出</source>
            <translation>Funds moved out</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="40" />
            <source>他行利率更高</source>
            <translation>Better rate elsewhere</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="41" />
            <source>冲量资金到期</source>
            <translation>Short-term deposit ended</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="42" />
            <source>购房/大额消费</source>
            <translation>Home purchase / large spending</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="43" />
            <source>转投理财/基金/股市</source>
            <translation>Moving to wealth products / funds / stocks</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="44" />
            <source>服务不满意</source>
            <translation>Unhappy with service</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="45" />
            <source>网点/渠道不便</source>
            <translation>Branch / channels inconvenient</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="49" />
            <source>利率/价格</source>
            <translation>Rates / pricing</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="50" />
            <source>产品</source>
            <translation>Products</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="51" />
            <source>服务</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="52" />
            <source>渠道/系统</source>
            <translation>Channels / systems</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="53" />
            <source>流程</source>
            <translation>Procedures</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="57" />
            <source>已记录</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="58" />
            <source>已转交</source>
            <translation>Forwarded</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="59" />
            <source>已答复</source>
            <translation>Answered</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="60" />
            <source>已告知客户</source>
            <translation>Customer informed</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="63" />
            <source>柜员</source>
            <translation>Teller</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="64" />
            <source>客户经理</source>
            <translation>Relationship manager</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="65" />
            <source>主管</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="69" />
            <source>不变</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="70" />
            <source>已联系</source>
            <translation>Contacted</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="71" />
            <source>已挽留</source>
            <translation>Retained</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="72" />
            <source>已流失</source>
            <translation>Lost</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="73" />
            <source>误报</source>
            <translation>False alarm</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="76" />
            <source>联系方式</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="77" />
            <source>联系目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="78" />
            <source>客户态度</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="79" />
            <source>原因</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="83" />
            <source>预警处理</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="104" />
            <source>没有「{value}」这个{what}。可用的{what}：{valid}</source>
            <translation>There is no {what} “{value}”. Valid values for {what}: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/followup/contacts.py" line="218" />
            <source>他行名称</source>
            <translation>Other bank</translation>
        </message>
        <message>
            <location filename="../../core/followup/contacts.py" line="220" />
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../core/followup/contacts.py" line="206" />
            <source>联系时间 {at} 晚于现在，请记录已经发生的联系。</source>
            <translation>The contact time {at} is in the future; record contacts that have happened.</translation>
        </message>
        <message>
            <location filename="../../core/followup/contacts.py" line="213" />
            <source>下次跟进日期须在联系日期 {day} 之后、一年之内；收到 {next}。</source>
            <translation>The next follow-up date must be after the contact date {day} and within a year; got {next}.</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="283" />
            <source>改为「已转交」须写明转交给谁或哪个部门（--to）。</source>
            <translation>Moving to “Forwarded” needs the person or department it goes to (--to).</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="285" />
            <source>改为「已答复」须填写答复内容（--answer）。</source>
            <translation>Moving to “Answered” needs the answer (--answer).</translation>
        </message>
        <message>
            <location filename="../../core/followup/staff.py" line="146" />
            <source>找不到客户号「{no}」。请核对客户号（须是已导入清单中的客户）。</source>
            <translation>Customer no. “{no}” not found. Check the number (it must be a customer from an imported list).</translation>
        </message>
        <message>
            <location filename="../../core/followup/assignment.py" line="29" />
            <source>月度清单</source>
            <translation>Monthly list</translation>
        </message>
        <message>
            <location filename="../../core/followup/assignment.py" line="30" />
            <source>指定</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../../core/followup/assignment.py" line="31" />
            <source>交接</source>
            <translation>Handover</translation>
        </message>
        <message>
            <location filename="../../core/followup/assignment.py" line="125" />
            <source>交出和接收的是同一个人（{name}），未作修改。</source>
            <translation>Handing over to the same person ({name}); nothing changed.</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="80" />
            <source>反馈类别</source>
            <translation>feedback category</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="81" />
            <source>反馈状态</source>
            <translation>feedback status</translation>
        </message>
        <message>
            <location filename="../../core/followup/codes.py" line="82" />
            <source>岗位</source>
            <translation>role</translation>
        </message>
        <message>
            <location filename="../../core/followup/contact_queries.py" line="135" />
            <source>没有编号为 {id} 的联系记录。</source>
            <translation>There is no contact record #{id}.</translation>
        </message>
        <message>
            <location filename="../../core/followup/contacts.py" line="152" />
            <source>不能修改「{fields}」。可修改：{valid}</source>
            <translation>“{fields}” cannot be changed. Editable: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/followup/contacts.py" line="209" />
            <source>下次跟进日期</source>
            <translation>Next follow-up date</translation>
        </message>
        <message>
            <location filename="../../core/followup/effectiveness.py" line="31" />
            <source>及时联系</source>
            <translation>Contacted in time</translation>
        </message>
        <message>
            <location filename="../../core/followup/effectiveness.py" line="32" />
            <source>联系较晚</source>
            <translation>Contacted late</translation>
        </message>
        <message>
            <location filename="../../core/followup/effectiveness.py" line="33" />
            <source>未联系</source>
            <translation>Not contacted</translation>
        </message>
        <message>
            <location filename="../../core/followup/effectiveness.py" line="111" />
            <source>未及时联系（较晚＋未联系）</source>
            <translation>Not in time (late + not contacted)</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="173" />
            <source>反馈内容</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="230" />
            <source>答复</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="231" />
            <source>转交对象</source>
            <translation>Forwarded to</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="112" />
            <source>没有编号为 {id} 的反馈。</source>
            <translation>There is no feedback #{id}.</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="172" />
            <source>请填写客户反馈的内容。</source>
            <translation>Please enter the customer's feedback.</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="183" />
            <source>反馈日期</source>
            <translation>Feedback date</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="227" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="266" />
            <source>反馈已是「{status}」。</source>
            <translation>The feedback is already “{status}”.</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="270" />
            <source>反馈当前为「{now}」，下一步应为「{next}」，不能直接改为「{to}」。</source>
            <translation>The feedback is “{now}”; the next step is “{next}”, it cannot go straight to “{to}”.</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="278" />
            <source>从「{now}」退回「{to}」须说明原因（--note）。</source>
            <translation>Sending back from “{now}” to “{to}” needs a reason (--note).</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="291" />
            <source>日期 {day} 早于上一步的日期 {floor}。</source>
            <translation>The date {day} is before the previous step's date {floor}.</translation>
        </message>
        <message>
            <location filename="../../core/followup/feedback.py" line="179" />
            <source>客户 {no} 没有编号为 {id} 的联系记录。</source>
            <translation>Customer {no} has no contact record #{id}.</translation>
        </message>
        <message>
            <location filename="../../core/followup/months.py" line="30" />
            <source>没有 {period} 的已导入数据。已有的月份：{valid}</source>
            <translation>No imported data for {period}. Months available: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/followup/months.py" line="32" />
            <source>（尚未导入任何月份）</source>
            <translation>(no months imported yet)</translation>
        </message>
        <message>
            <location filename="../../core/followup/scorecard.py" line="41" />
            <source>（无客户经理）</source>
            <translation>(no relationship manager)</translation>
        </message>
        <message>
            <location filename="../../core/followup/scorecard.py" line="42" />
            <source>全网点合计</source>
            <translation>Branch total</translation>
        </message>
        <message>
            <location filename="../../core/followup/staff.py" line="84" />
            <source>请填写姓名和工号（各不超过 {n} 个字）。</source>
            <translation>Please enter a name and staff no. (at most {n} characters each).</translation>
        </message>
        <message>
            <location filename="../../core/followup/staff.py" line="91" />
            <source>工号「{no}」已登记给「{name}」，未作修改。</source>
            <translation>Staff no. “{no}” is already registered to “{name}”; nothing changed.</translation>
        </message>
        <message>
            <location filename="../../core/followup/staff.py" line="129" />
            <source>（尚无员工，请先用 staff add 登记）</source>
            <translation>(no staff yet; add them with staff add)</translation>
        </message>
        <message>
            <location filename="../../core/followup/staff.py" line="133" />
            <source>找不到员工「{key}」。可用的工号：{valid}</source>
            <translation>Staff “{key}” not found. Valid staff numbers: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/followup/textcheck.py" line="24" />
            <source>{field}中似乎有身份证号</source>
            <translation>{field} seems to contain an ID card number</translation>
        </message>
        <message>
            <location filename="../../core/followup/textcheck.py" line="25" />
            <source>{field}中似乎有银行卡号或账号</source>
            <translation>{field} seems to contain a card or account number</translation>
        </message>
        <message>
            <location filename="../../core/followup/textcheck.py" line="26" />
            <source>{field}中似乎有电话号码</source>
            <translation>{field} seems to contain a phone number</translation>
        </message>
        <message>
            <location filename="../../core/followup/textcheck.py" line="27" />
            <source>{field}中提到「{word}」：密码、验证码一律不得记录</source>
            <translation>{field} mentions “{word}”: passwords and verification codes must never be recorded</translation>
        </message>
        <message>
            <location filename="../../core/followup/textcheck.py" line="50" />
            <source>{field}共 {length} 个字，超过上限 {limit} 个字，请精简后再保存。</source>
            <translation>{field} has {length} characters, over the limit of {limit}; please shorten it before saving.</translation>
        </message>
        <message>
            <location filename="../../core/followup/warning_link.py" line="28" />
            <source>联系记录 #{id}（{channel}）</source>
            <translation>Contact #{id} ({channel})</translation>
        </message>
        <message>
            <location filename="../../core/followup/warning_link.py" line="29" />
            <source>联系记录 #{id}：客户态度{attitude}</source>
            <translation>Contact #{id}: customer attitude {attitude}</translation>
        </message>
        <message>
            <location filename="../../core/followup/warning_link.py" line="30" />
            <source>联系记录 #{id}：客户{attitude}</source>
            <translation>Contact #{id}: customer {attitude}</translation>
        </message>
        <message>
            <location filename="../../core/followup/warning_link.py" line="31" />
            <source>联系记录 #{id}：经联系核实为误报</source>
            <translation>Contact #{id}: confirmed a false alarm</translation>
        </message>
        <message>
            <location filename="../../core/followup/warning_link.py" line="75" />
            <source>这次联系（{day}）早于预警生成的日期（{raised}），不能据此改预警状态。</source>
            <translation>This contact ({day}) is before the warning was raised ({raised}), so it cannot change the warning status.</translation>
        </message>
        <message>
            <location filename="../../core/followup/warning_link.py" line="84" />
            <source>该客户没有未关闭的预警，不能改为「{to}」。</source>
            <translation>This customer has no open warning to set to “{to}”.</translation>
        </message>
        <message>
            <location filename="../../core/followup/workdays.py" line="59" />
            <source>月份应为 YYYY-MM 格式，如 2026-10；收到「{value}」。</source>
            <translation>A month must be YYYY-MM, e.g. 2026-10; got “{value}”.</translation>
        </message>
        <message>
            <location filename="../../core/followup/workdays.py" line="84" />
            <source>时间应写成 YYYY-MM-DD HH:MM，如 2026-11-03 14:30；收到「{value}」。</source>
            <translation>A time must be YYYY-MM-DD HH:MM, e.g. 2026-11-03 14:30; got “{value}”.</translation>
        </message>
        <message>
            <location filename="../../core/followup/workdays.py" line="100" />
            <source>{what}应写成 YYYY-MM-DD，如 2026-11-10；收到「{value}」。</source>
            <translation>{what} must be YYYY-MM-DD, e.g. 2026-11-10; got “{value}”.</translation>
        </message>
    </context>
    <context>
        <name>FollowupModels</name>
        <message>
            <location filename="../../ui/models/followup_models.py" line="40" />
            <source>从未联系</source>
            <translation>Never contacted</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="42" />
            <source>尽快</source>
            <translation>ASAP</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="120" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="120" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="35" />
            <source>客户号</source>
            <translation>Customer no.</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="36" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="37" />
            <source>等级</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="38" />
            <source>金融资产（万元）</source>
            <translation>AUM (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="39" />
            <source>管户经理</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="40" />
            <source>上次联系</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="42" />
            <source>应联系日</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="44" />
            <source>逾期（天）</source>
            <translation>Days late</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="46" />
            <source>预警状态</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="60" />
            <source>联系时间</source>
            <translation>Contacted at</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="63" />
            <source>联系人</source>
            <translation>Contacted by</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="64" />
            <source>方式</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="65" />
            <source>目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="66" />
            <source>客户态度</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="68" />
            <source>原因</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="69" />
            <source>下次跟进</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="70" />
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="85" />
            <source>客户经理</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="86" />
            <source>工号</source>
            <translation>Staff no.</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="87" />
            <source>管户数</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="88" />
            <source>月末资产（万元）</source>
            <translation>AUM end (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="89" />
            <source>资产变化（万元）</source>
            <translation>AUM change (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="91" />
            <source>新增高价值</source>
            <translation>HV gained</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="92" />
            <source>减少高价值</source>
            <translation>HV lost</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="94" />
            <source>新发预警</source>
            <translation>New warnings</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="95" />
            <source>及时联系率</source>
            <translation>Timely contact</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="97" />
            <source>挽留率</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="99" />
            <source>维护覆盖率</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="101" />
            <source>逾期跟进</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="103" />
            <source>反馈办结</source>
            <translation>Feedback closed</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="104" />
            <source>得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="126" />
            <source>上月等级</source>
            <translation>Last tier</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="127" />
            <source>本月等级</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="128" />
            <source>上月资产（万元）</source>
            <translation>AUM last month (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="129" />
            <source>本月资产（万元）</source>
            <translation>AUM (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="131" />
            <source>周期内维护</source>
            <translation>In cadence</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="133" />
            <source>本月预警</source>
            <translation>Warned on</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup_models.py" line="134" />
            <source>及时联系</source>
            <translation>In time</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../ui/formatting.py" line="45" />
            <source>{year}年{month}月</source>
            <translation>{month}/{year}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../ui/models/history_model.py" line="49" />
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_model.py" line="50" />
            <source>金融资产（元）</source>
            <translation>AUM (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_model.py" line="51" />
            <source>较上月（元）</source>
            <translation>Change (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_model.py" line="52" />
            <source>存款（元）</source>
            <translation>Deposits (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_model.py" line="53" />
            <source>理财（元）</source>
            <translation>Wealth (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_model.py" line="54" />
            <source>基金（元）</source>
            <translation>Funds (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_model.py" line="55" />
            <source>保险（元）</source>
            <translation>Insurance (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_model.py" line="56" />
            <source>管户经理</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_model.py" line="89" />
            <source>不在本月清单</source>
            <translation>Not on this month's list</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <location filename="../../core/importing/fields.py" line="47" />
            <source>客户号</source>
            <translation>Customer no.</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="66" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="95" />
            <source>管户经理</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="70" />
            <source>证件类型</source>
            <translation>ID type</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="74" />
            <source>证件号码</source>
            <translation>ID no.</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="81" />
            <source>手机号码</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="88" />
            <source>网点</source>
            <translation>Branch</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="102" />
            <source>管户经理工号</source>
            <translation>Manager staff no.</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="109" />
            <source>统计月份</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="115" />
            <source>金融资产</source>
            <translation>AUM</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="132" />
            <source>存款</source>
            <translation>Deposits</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="138" />
            <source>定期存款</source>
            <translation>Time deposits</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="144" />
            <source>活期存款</source>
            <translation>Demand deposits</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="150" />
            <source>理财</source>
            <translation>Wealth products</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="154" />
            <source>基金</source>
            <translation>Funds</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="159" />
            <source>保险</source>
            <translation>Insurance</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="162" />
            <source>贷款</source>
            <translation>Loans</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="166" />
            <source>转出他行金额</source>
            <translation>Transferred to other banks</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="181" />
            <source>最近到期日</source>
            <translation>Next maturity date</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="196" />
            <source>电子银行交易笔数</source>
            <translation>E-banking transactions</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="210" />
            <source>最近交易日期</source>
            <translation>Last transaction date</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="216" />
            <source>代发工资</source>
            <translation>Payroll</translation>
        </message>
        <message>
            <location filename="../../core/importing/fields.py" line="222" />
            <source>持有产品</source>
            <translation>Products held</translation>
        </message>
    </context>
    <context>
        <name>ImportHistory</name>
        <message>
            <location filename="../../ui/pages/import_history.py" line="32" />
            <location filename="../../ui/pages/import_history.py" line="124" />
            <source>撤销导入</source>
            <translation>Undo import</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_history.py" line="33" />
            <source>不撤销</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_history.py" line="56" />
            <source>导入记录</source>
            <translation>Import history</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_history.py" line="60" />
            <source>撤销所选批次…</source>
            <translation>Undo selected batch…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_history.py" line="62" />
            <source>删除该批次导入的月度数据，以及只在该批次中出现的客户。撤销前会自动备份数据库。</source>
            <translation>Deletes the monthly data this batch imported and the customers that appear only in it. The database is backed up first.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_history.py" line="121" />
            <source>确定要撤销批次 {id} 吗？

将删除 {month} 的 {n} 条月度数据（文件「{file}」），以及只在这个批次中出现的客户。撤销前会自动备份数据库。</source>
            <translation>Undo batch {id}?

This deletes {n} rows of {month} data (file “{file}”) and the customers that appear only in this batch. The database is backed up first.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_history.py" line="139" />
            <source>正在撤销批次 {id}…</source>
            <translation>Undoing batch {id}…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_history.py" line="146" />
            <source>已撤销批次 {id}：删除月度数据 {rows} 条，删除客户 {customers} 户。</source>
            <translation>Batch {id} undone: {rows} monthly rows and {customers} customers deleted.</translation>
        </message>
    </context>
    <context>
        <name>ImportMessages</name>
        <message>
            <location filename="../../core/importing/codes.py" line="24" />
            <source>找不到文件「{file}」。请检查路径是否正确。</source>
            <translation>File “{file}” not found. Check the path.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="25" />
            <source>无法读取文件「{file}」（可能正被其他程序占用或没有权限）。请关闭Excel/WPS后重试。</source>
            <translation>Cannot read “{file}” (another program may be using it, or access is denied). Close Excel/WPS and try again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="28" />
            <source>文件「{file}」是空的（0字节）。请重新从核心系统导出。</source>
            <translation>“{file}” is empty (0 bytes). Export it again from the core system.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="29" />
            <source>「{file}」是Excel/WPS打开文件时生成的临时锁文件，不是数据文件。请选择不带“~$”前缀的原文件。</source>
            <translation>“{file}” is a temporary lock file Excel/WPS creates while a file is open, not a data file. Choose the original file without the “~$” prefix.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="32" />
            <source>文件过大（{size_mb} MB，上限 {limit_mb} MB）。请按网点或月份拆分后分别导入。</source>
            <translation>The file is too large ({size_mb} MB, limit {limit_mb} MB). Split it by branch or month and import the parts.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="35" />
            <source>无法识别文件「{file}」的格式。请在Excel中另存为 .xlsx 或 CSV（逗号分隔）后再导入。</source>
            <translation>Unrecognised format: “{file}”. Save it as .xlsx or CSV (comma-separated) in Excel and import again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="38" />
            <source>无法识别文件「{file}」的文字编码（既不是UTF-8，也不是GBK/GB18030）。请在Excel中另存为“CSV UTF-8（逗号分隔）”后再导入。</source>
            <translation>Unrecognised text encoding in “{file}” (neither UTF-8 nor GBK/GB18030). Save it in Excel as “CSV UTF-8 (comma delimited)” and import again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="42" />
            <source>「{file}」是一个压缩包，但里面没有Excel工作簿。请选择真正的Excel文件（.xlsx）。</source>
            <translation>“{file}” is a zip archive without an Excel workbook inside. Choose a real Excel file (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="45" />
            <source>文件内部条目过多（{count} 个，上限 {limit} 个），疑似损坏或恶意构造的文件，已拒绝。</source>
            <translation>The file has too many internal entries ({count}, limit {limit}); it looks damaged or malicious and was rejected.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="48" />
            <source>文件解压后的体积异常（{entry} 压缩比约 {ratio}:1，解压后 {size_mb} MB），疑似恶意构造的文件，已拒绝。</source>
            <translation>The file expands abnormally ({entry} compresses about {ratio}:1, {size_mb} MB unpacked); it looks malicious and was rejected.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="51" />
            <source>文件「{file}」已损坏或不完整，无法读取。请在Excel中打开后“另存为”新的 .xlsx 文件，或重新从核心系统导出。</source>
            <translation>“{file}” is damaged or incomplete and cannot be read. Open it in Excel and “Save As” a new .xlsx file, or export it again from the core system.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="54" />
            <source>工作簿「{file}」设置了打开密码，无法读取。请在Excel中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存再导入。</source>
            <translation>Workbook “{file}” is password-protected and cannot be read. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and import again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="58" />
            <source>文件含有不安全的XML内容（实体声明或外部引用），已拒绝。请重新从核心系统导出。</source>
            <translation>The file contains unsafe XML (entity declarations or external references) and was rejected. Export it again from the core system.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="61" />
            <source>工作表「{sheet}」的数据区域异常大（{cell} 单元格有内容），通常是表格远处残留了格式或数据。请在Excel中删除多余的行和列后另存再导入。</source>
            <translation>Sheet “{sheet}” has an unusually large data range (cell {cell} has content), usually leftover formatting or data far from the table. Delete the extra rows and columns in Excel, save, and import again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="65" />
            <source>工作表「{sheet}」中有 {count} 个公式没有计算结果（文件由程序生成后未在Excel中保存过）。请用Excel打开、保存一次，或将公式“选择性粘贴为数值”后再导入。</source>
            <translation>Sheet “{sheet}” has {count} formulas without calculated values (the file was generated by a program and never saved in Excel). Open and save it once in Excel, or paste the formulas as values, then import again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="69" />
            <source>文件「{file}」里没有任何数据。</source>
            <translation>“{file}” contains no data.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="70" />
            <source>在前20行中没有找到客户清单的表头（至少需要“客户号”“姓名”和一个资产金额列）。找到的内容：{found}。如表头写法特殊，可用 --map "表头=字段" 指定。</source>
            <translation>No customer list header found in the first 20 rows (it needs at least “客户号”, “姓名” and one amount column). Found: {found}. For unusual headers, use --map "header=field".</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="74" />
            <source>找不到名为「{sheet}」的工作表。文件中的工作表有：{sheets}。</source>
            <translation>No sheet named “{sheet}”. Sheets in the file: {sheets}.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="75" />
            <source>缺少必需的列：{columns}。表头在第 {row} 行，包含：{found}。请补齐该列，或用 --map "表头=字段" 指定对应关系。</source>
            <translation>Required columns missing: {columns}. The header is on row {row} and contains: {found}. Add the column, or map it with --map "header=field".</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="79" />
            <source>「{field}」对应了多列（{columns}），无法确定使用哪一列。请删除多余的列后重新导入。</source>
            <translation>“{field}” matches several columns ({columns}); cannot tell which to use. Delete the extra columns and import again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="82" />
            <source>文件含有认证信息列「{column}」（密码、验证码、CVV、卡片有效期、磁道信息等），按规定不得导入或保存。整份文件已拒绝，请删除该列后重新导出。</source>
            <translation>The file has an authentication data column “{column}” (password, verification code, CVV, card expiry, track data…), which must never be imported or stored. The whole file was rejected; remove the column and export again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="86" />
            <source>金额列「{column}」没有注明单位（元或万元）。请在表头注明，如“{column}（万元）”，或在标题行写“单位：万元”，或用 --map "{column}={field}:万元" 指定。</source>
            <translation>Amount column “{column}” has no unit (元 or 万元). Add it to the header, e.g. “{column}（万元）”, write “单位：万元” in the title row, or use --map "{column}={field}:万元".</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="90" />
            <source>无法确定数据所属的月份：表中没有“统计月份/数据日期”列，标题和文件名中也没有月份。请用 --period YYYY-MM 指定，例如 --period 2026-10。</source>
            <translation>Cannot tell which month the data is for: there is no period/data-date column and no month in the title or file name. Give it with --period YYYY-MM, e.g. --period 2026-10.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="94" />
            <source>表中含有多个统计月份（{periods}），一次只能导入一个月的数据。请按月份拆分后分别导入。</source>
            <translation>The table contains several periods ({periods}); only one month can be imported at a time. Split it by month.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="97" />
            <source>月份“{value}”格式不对，应为 YYYY-MM，例如 2026-10。</source>
            <translation>Month “{value}” is not valid; use YYYY-MM, e.g. 2026-10.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="98" />
            <source>{period} 的数据已由批次 {batch_id} 导入（文件「{file}」，{when}）。如要用本文件替换该月数据，请加 --replace。</source>
            <translation>Data for {period} was already imported by batch {batch_id} (file “{file}”, {when}). To replace that month with this file, add --replace.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="102" />
            <source>这个文件已由批次 {batch_id} 导入过（{when}，月份 {period}）。如确需重新导入，请加 --replace。</source>
            <translation>This file was already imported by batch {batch_id} ({when}, month {period}). To import it again, add --replace.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="105" />
            <source>没有任何一行通过校验，未写入任何数据。请根据问题清单修正文件后重新导入。</source>
            <translation>No row passed the checks; nothing was written. Fix the file using the issues list and import again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="106" />
            <source>映射“{value}”写法不对，应为 “表头=字段” 或 “表头=字段:万元”。可用的字段：{fields}。</source>
            <translation>Mapping “{value}” is not valid; use “header=field” or “header=field:万元”. Fields: {fields}.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="109" />
            <source>映射中的表头「{column}」在文件中不存在。文件表头：{found}。</source>
            <translation>Mapped header “{column}” is not in the file. Headers in the file: {found}.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="110" />
            <source>找不到导入批次 {batch_id}。可用 batches 命令查看所有批次。</source>
            <translation>Import batch {batch_id} not found. The batches command lists all batches.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="111" />
            <source>批次 {batch_id} 的状态是“{status}”，不能撤销。</source>
            <translation>Batch {batch_id} is “{status}” and cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="112" />
            <source>工作表「{sheet}」有 {rows} 行，超过上限 {limit} 行。请拆分后分别导入。</source>
            <translation>Sheet “{sheet}” has {rows} rows, over the limit of {limit}. Split it and import the parts.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="117" />
            <source>必填项为空，该行未导入。</source>
            <translation>A required value is empty; row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="118" />
            <source>不是有效的金额或数字，该行未导入。请改为数字，如 12345.67。</source>
            <translation>Not a valid amount or number; row not imported. Use a number such as 12345.67.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="119" />
            <source>金额不能为负数，该行未导入。</source>
            <translation>Amounts cannot be negative; row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="120" />
            <source>金额大得不合理（超过一千亿元），可能单位或格式有误，该行未导入。</source>
            <translation>Implausibly large amount (over 100 billion CNY); the unit or format may be wrong. Row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="121" />
            <source>不是有效的笔数（应为不小于0的整数），该行未导入。</source>
            <translation>Not a valid count (must be a whole number ≥ 0); row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="122" />
            <source>无法识别的取值（应为 是/否），该行未导入。</source>
            <translation>Unrecognised value (must be 是/否, yes/no); row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="123" />
            <source>不是有效的日期，该行未导入。请使用 2026-10-31 这样的格式。</source>
            <translation>Not a valid date; row not imported. Use a format like 2026-10-31.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="124" />
            <source>日期写法有歧义（无法确定年、月、日的顺序），该行未导入。请改为 2026-10-31 这样的格式。</source>
            <translation>Ambiguous date (the order of year, month and day is unclear); row not imported. Use a format like 2026-10-31.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="127" />
            <source>单元格是Excel错误值，该行未导入。请在Excel中修正公式或数据后重新导出。</source>
            <translation>The cell holds an Excel error value; row not imported. Fix the formula or data in Excel and export again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="128" />
            <source>证件号码是数字格式，Excel已把它截断为15位有效数字，无法还原，该行未导入。请在核心系统导出时把证件号码列设为文本，或在Excel中把该列设置为“文本”格式后重新导出原始数据。</source>
            <translation>The ID number is stored as a number, so Excel cut it to 15 significant digits and it cannot be restored; row not imported. Export the ID column as text from the core system, or format the column as “Text” in Excel and export the original data again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="132" />
            <source>证件号码应为18位，该行未导入。</source>
            <translation>The ID number must have 18 characters; row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="133" />
            <source>证件号码含有非法字符（应为17位数字加1位数字或X），该行未导入。</source>
            <translation>The ID number has invalid characters (it must be 17 digits plus a digit or X); row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="134" />
            <source>证件号码中的出生日期不存在，该行未导入。</source>
            <translation>The birth date in the ID number does not exist; row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="135" />
            <source>证件号码校验位不正确（可能录入有误，或被Excel截断后末尾补了0），该行未导入。请核对原始证件号码。</source>
            <translation>The ID number's check digit is wrong (a typo, or Excel truncated it and padded with 0); row not imported. Check the original ID number.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="138" />
            <source>编号是超过15位的数字格式，Excel已截断，无法还原，该行未导入。请把该列设为文本后重新导出。</source>
            <translation>The number has more than 15 digits stored as a number; Excel truncated it and it cannot be restored. Row not imported. Format the column as text and export again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="141" />
            <source>编号含有无效字符，该行未导入。</source>
            <translation>The number has invalid characters; row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="142" />
            <source>内容过长（超过 {limit} 个字符），该行未导入。</source>
            <translation>Too long (over {limit} characters); row not imported.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="143" />
            <source>电话号码格式不对，已忽略该号码（其余数据已导入）。</source>
            <translation>Invalid phone number; the number was ignored (the rest of the row was imported).</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="144" />
            <source>与第 {other_row} 行完全相同，已合并为一行。</source>
            <translation>Identical to row {other_row}; merged into one row.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="145" />
            <source>同一客户号在第 {rows} 行重复出现且内容不同，无法判断哪一行正确，这些行都未导入。请核对后保留一行。</source>
            <translation>The same customer no. appears on rows {rows} with different content; cannot tell which is right, so none were imported. Check them and keep one.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="148" />
            <source>合计/小计行，已跳过。</source>
            <translation>Total/subtotal row; skipped.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="149" />
            <source>表尾说明行（如制表人、备注），不是客户数据，已跳过。</source>
            <translation>Footer note (e.g. prepared by, remarks), not customer data; skipped.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="151" />
            <source>文件没有“金融资产”列，金融资产按 {columns} 之和计算。</source>
            <translation>The file has no AUM column; AUM is the sum of {columns}.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="152" />
            <source>以下列未被识别，未导入：{columns}。如需导入，可用 --map "表头=字段" 指定。</source>
            <translation>These columns were not recognised and were not imported: {columns}. To import them, use --map "header=field".</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="155" />
            <source>已跳过隐藏的工作表：{sheets}。如需导入隐藏表，请用 --sheet 指定。</source>
            <translation>Hidden sheets skipped: {sheets}. To import a hidden sheet, name it with --sheet.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="158" />
            <source>使用工作表「{sheet}」；其他工作表未导入：{sheets}。</source>
            <translation>Using sheet “{sheet}”; other sheets not imported: {sheets}.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="159" />
            <source>客户号列是数字格式（共 {count} 行）；如果客户号本应有前导0，请把该列设为文本后重新导出。</source>
            <translation>The customer no. column is numeric ({count} rows); if numbers should have leading zeros, format the column as text and export again.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="162" />
            <source>{source}中的月份（{other}）与采用的月份 {period} 不一致，请确认。</source>
            <translation>The month in the {source} ({other}) differs from the month used, {period}; please check.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="163" />
            <source>跳过空行 {count} 行。</source>
            <translation>{count} empty rows skipped.</translation>
        </message>
        <message>
            <location filename="../../core/importing/codes.py" line="164" />
            <source>沿用了上次为同样表头保存的列对应关系。</source>
            <translation>Reused the column mapping saved last time for the same headers.</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/import_messages.py" line="19" />
            <source>在前20行中没有找到客户清单的表头（至少需要“客户号”“姓名”和一个资产金额列）。找到的内容：{found}。请确认选择的是客户清单；如表头写法特殊，请改为常见写法（如“客户号”“姓名”“金融资产（元）”）后重新导入。</source>
            <translation>No customer list header found in the first 20 rows (it needs at least “客户号”, “姓名” and one amount column). Found: {found}. Check that this is a customer list; if the headers are unusual, rename them to the common forms (such as “客户号”, “姓名”, “金融资产（元）”) and import again.</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="20" />
            <source>缺少必需的列：{columns}。表头在第 {row} 行，包含：{found}。请在文件中补齐该列，或把表头改为常见写法后重新导入。</source>
            <translation>Required columns missing: {columns}. The header is on row {row} and contains: {found}. Add the column to the file, or rename the header to a common form, and import again.</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="21" />
            <source>金额列「{column}」没有注明单位（元或万元）。请在表头注明，如“{column}（万元）”，或在标题行写“单位：万元”，保存后重新导入。</source>
            <translation>Amount column “{column}” has no unit (元 or 万元). Add it to the header, e.g. “{column}（万元）”, or write “单位：万元” in the title row, then save and import again.</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="22" />
            <source>无法确定数据所属的月份：表中没有“统计月份/数据日期”列，标题和文件名中也没有月份。请在下方选择数据月份，然后点击「重新检查」。</source>
            <translation>Cannot tell which month the data is for: there is no period/data-date column and no month in the title or file name. Choose the data month below, then click “Check again”.</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="23" />
            <source>{period} 的数据已由批次 {batch_id} 导入（文件「{file}」，{when}）。如要用本文件替换该月数据，请点击「替换该月数据」。</source>
            <translation>Data for {period} was already imported by batch {batch_id} (file “{file}”, {when}). To replace that month with this file, click “Replace this month”.</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="24" />
            <source>这个文件已由批次 {batch_id} 导入过（{when}，月份 {period}）。如确需重新导入，请点击「替换该月数据」。</source>
            <translation>This file was already imported by batch {batch_id} ({when}, month {period}). To import it again, click “Replace this month”.</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="25" />
            <source>找不到导入批次 {batch_id}，可能已被其他操作改变。请按 F5 刷新导入记录。</source>
            <translation>Import batch {batch_id} not found; something else may have changed it. Press F5 to refresh the import history.</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="26" />
            <source>以下列未被识别，未导入：{columns}。</source>
            <translation>These columns were not recognised and were not imported: {columns}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="27" />
            <source>已跳过隐藏的工作表：{sheets}。</source>
            <translation>Hidden sheets skipped: {sheets}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="54" />
            <source>拒绝</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="55" />
            <source>警告</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="56" />
            <source>跳过</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="59" />
            <source>自动识别</source>
            <translation>Detected</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="60" />
            <source>沿用上次</source>
            <translation>As last time</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="61" />
            <source>手动指定</source>
            <translation>Set by hand</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="64" />
            <source>手动选择</source>
            <translation>chosen by hand</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="65" />
            <source>统计月份列</source>
            <translation>period column</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="66" />
            <source>标题行</source>
            <translation>title row</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="67" />
            <source>文件名</source>
            <translation>file name</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="70" />
            <source>正在读取文件…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="71" />
            <source>正在校验数据…</source>
            <translation>Checking the data…</translation>
        </message>
        <message>
            <location filename="../../ui/import_messages.py" line="72" />
            <source>正在写入数据库…</source>
            <translation>Writing to the database…</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="28" />
            <source>元</source>
            <translation>CNY</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="28" />
            <source>万元</source>
            <translation>10k CNY</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="151" />
            <location filename="../../ui/pages/import_preview.py" line="49" />
            <source>（不导入）</source>
            <translation>(don't import)</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="240" />
            <source>整个文件</source>
            <translation>Whole file</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="105" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="107" />
            <source>导入核心系统导出的月度客户清单。先完整检查文件，确认无误后才写入数据库。</source>
            <translation>Import the monthly customer list exported from the core banking system. The whole file is checked first; nothing is written until you confirm.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="109" />
            <source>选择文件…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="122" />
            <source>替换该月数据</source>
            <translation>Replace this month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="128" />
            <source>重新检查</source>
            <translation>Check again</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="137" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="156" />
            <source>检查下一个文件</source>
            <translation>Check next file</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="159" />
            <source>确认导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="162" />
            <source>放弃</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="209" />
            <source>点击「选择文件…」，或把月度客户清单拖到这个窗口中</source>
            <translation>Click “Choose file…”, or drag a monthly customer list onto this window</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="212" />
            <source>支持 Excel（.xlsx、.xls）和 CSV 文件。每个月份导入一次；导入前会自动备份数据库，导入后可以撤销。</source>
            <translation>Excel (.xlsx, .xls) and CSV files. Import each month once; the database is backed up before every import, and an import can be undone.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="238" />
            <source>还有 {n} 个文件待导入，下一个：「{file}」</source>
            <translation>{n} more files to import; next: “{file}”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="240" />
            <source>之后还有 {n} 个文件</source>
            <translation>{n} more files after this</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="258" />
            <source>选择月度客户清单（可多选）</source>
            <translation>Choose monthly customer lists (several allowed)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="264" />
            <source>导出未通过的行</source>
            <translation>Export rejected rows</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="350" />
            <source>{file}_未通过的行.xlsx</source>
            <translation>{file}_rejected_rows.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="377" />
            <source>已把 {n} 行未通过的数据（含行号和原因）保存到「{file}」。</source>
            <translation>Saved {n} rejected rows (with row numbers and reasons) to “{file}”.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="386" />
            <source>未能保存未通过的行：{error}</source>
            <translation>Could not save the rejected rows: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="413" />
            <source>正在检查「{file}」…</source>
            <translation>Checking “{file}”…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="428" />
            <source>正在取消…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="486" />
            <source>已导入 {month} 的数据：{n} 行，其中新客户 {new} 户（批次 {batch}）。</source>
            <translation>Imported {month}: {n} rows, {new} new customers (batch {batch}).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="490" />
            <source>原批次 {ids} 已被替换。</source>
            <translation> Replaced batch {ids}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="499" />
            <source>检查完成：{month} 的数据共 {n} 行可以导入。</source>
            <translation>Check complete: {n} rows of {month} data can be imported.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="504" />
            <source>有 {n} 行未通过校验，不会导入，详见问题清单。</source>
            <translation> {n} rows failed the checks and will not be imported; see the issues list.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="507" />
            <source>确认后，{month} 原有的数据将被本文件替换（替换前自动备份）。</source>
            <translation> On import, the existing {month} data will be replaced by this file (backed up first).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="508" />
            <source>请核对列对应关系后点击「确认导入」。</source>
            <translation> Check the column mapping, then click “Import”.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="513" />
            <source>导入未完成：发生了意外错误，数据库未作任何修改。</source>
            <translation>Import not completed: an unexpected error occurred; the database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="524" />
            <source>未导入「{file}」：</source>
            <translation>“{file}” not imported: </translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="545" />
            <source>已取消导入，数据库未作任何修改。可以重新点击「确认导入」。</source>
            <translation>Import cancelled; the database is unchanged. You can click “Import” again.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_page.py" line="548" />
            <source>已取消检查。</source>
            <translation>Check cancelled.</translation>
        </message>
    </context>
    <context>
        <name>ImportRejects</name>
        <message>
            <location filename="../../core/importing/rejects.py" line="29" />
            <source>行号</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../core/importing/rejects.py" line="30" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../core/importing/rejects.py" line="31" />
            <source>未通过的行</source>
            <translation>Rejected rows</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../ui/pages/import_summary.py" line="29" />
            <source>新增客户</source>
            <translation>New customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_summary.py" line="30" />
            <source>资产变动客户</source>
            <translation>AUM changed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_summary.py" line="31" />
            <source>本月消失客户</source>
            <translation>Gone this month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_summary.py" line="32" />
            <source>新增预警</source>
            <translation>New warnings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_summary.py" line="45" />
            <source>查看新预警</source>
            <translation>View new warnings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_summary.py" line="48" />
            <source>查看客户</source>
            <translation>View customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_summary.py" line="68" />
            <source>{month} 导入完成（这是第一个月份，没有上月可比）</source>
            <translation>{month} imported (the first month, so nothing to compare with)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_summary.py" line="72" />
            <source>{month} 与 {previous} 相比</source>
            <translation>{month} compared with {previous}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_summary.py" line="79" />
            <source>新增：本月清单有、上月没有；资产变动：两月都有，金融资产变化达到上月的 {p}% 及以上；消失：上月有、本月清单没有。新增预警是本次导入后重新计算产生的预警。</source>
            <translation>New: on this month's list but not last month's. AUM changed: on both, with AUM changing by {p}% or more of last month's. Gone: on last month's list but not this month's. New warnings come from the recalculation after this import.</translation>
        </message>
    </context>
    <context>
        <name>IssueModel</name>
        <message>
            <location filename="../../ui/models/import_models.py" line="224" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="225" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="226" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="227" />
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="228" />
            <source>单元格内容</source>
            <translation>Cell content</translation>
        </message>
    </context>
    <context>
        <name>LazyPage</name>
        <message>
            <location filename="../../ui/pages/lazy.py" line="105" />
            <source>正在读取…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <location filename="../../ui/idle_lock.py" line="245" />
            <location filename="../../ui/idle_lock.py" line="250" />
            <source>留客已锁定</source>
            <translation>Liuke is locked</translation>
        </message>
    </context>
    <context>
        <name>LockHost</name>
        <message>
            <location filename="../../ui/idle_lock.py" line="278" />
            <source>留客已锁定</source>
            <translation>Liuke is locked</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/idle_lock.py" line="127" />
            <source>留客已锁定</source>
            <translation>Liuke is locked</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="130" />
            <source>{name}（{role}）</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="133" />
            <source>长时间无操作，窗口已锁定以保护客户信息。请输入密码解锁。</source>
            <translation>The window was locked after a period of inactivity to protect customer information. Enter your password to unlock it.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="139" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="146" />
            <source>解锁</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="150" />
            <source>切换用户</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="196" />
            <source>请输入密码。</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="207" />
            <source>正在验证…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="220" />
            <source>只能由 {name} 本人解锁；其他人请选择「切换用户」。</source>
            <translation>Only {name} can unlock this; anyone else, choose “Switch user”.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="91" />
            <source>留客 - 客户维护与流失预警</source>
            <translation>Liuke - Customer Care and Attrition Warnings</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="160" />
            <location filename="../../ui/main_window.py" line="273" />
            <source>工作台</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>客户</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="162" />
            <location filename="../../ui/main_window.py" line="274" />
            <source>流失预警</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="167" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <source>走访</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>意见反馈</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>考核</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="166" />
            <source>报表</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="176" />
            <source>账户</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="176" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="176" />
            <source>数据安全</source>
            <translation>Data security</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="270" />
            <source>导入文件…</source>
            <translation>Import file…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="271" />
            <source>查找客户</source>
            <translation>Find customer</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="272" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="275" />
            <source>锁定屏幕</source>
            <translation>Lock screen</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="276" />
            <source>修改密码…</source>
            <translation>Change password…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="277" />
            <source>退出登录（切换用户）</source>
            <translation>Sign out (switch user)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="279" />
            <location filename="../../ui/main_window.py" line="393" />
            <source>关于留客</source>
            <translation>About Liuke</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="291" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>查看(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="305" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>工具栏</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="319" />
            <source>数据库：{path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="322" />
            <source>用户：{name}（{role}）</source>
            <translation>User: {name} ({role})</translation>
        </message>
        <message>
            <source>用户：{name}</source>
            <translation type="vanished">User: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="388" />
            <source>最新数据：{month}</source>
            <translation>Latest data: {month}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="388" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="394" />
            <source>&lt;b&gt;留客 Liuke&lt;/b&gt;&lt;p&gt;网点高价值客户维护与流失预警工具。&lt;/p&gt;&lt;p&gt;全部数据保存在本机数据库中，不联网。&lt;/p&gt;&lt;p&gt;数据库：{path}&lt;/p&gt;</source>
            <translation>&lt;b&gt;留客 Liuke&lt;/b&gt;&lt;p&gt;High-value customer care and churn warnings for a bank branch.&lt;/p&gt;&lt;p&gt;All data stays in a database on this computer; nothing goes online.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="435" />
            <source>正在处理</source>
            <translation>Busy</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="435" />
            <source>导入或撤销仍在进行。要取消它并退出吗？（数据库不会被改动一半。）</source>
            <translation>An import or undo is still running. Cancel it and quit? (The database will not be left half-changed.)</translation>
        </message>
        <message>
            <location filename="../../ui/window_session.py" line="137" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../ui/window_session.py" line="137" />
            <source>密码已修改，下次登录请使用新密码。</source>
            <translation>Password changed. Use the new password next time you sign in.</translation>
        </message>
    </context>
    <context>
        <name>MappingModel</name>
        <message>
            <location filename="../../ui/models/import_models.py" line="100" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="101" />
            <source>文件中的表头</source>
            <translation>Header in file</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="102" />
            <source>导入为</source>
            <translation>Import as</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="103" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_models.py" line="104" />
            <source>识别方式</source>
            <translation>Matched by</translation>
        </message>
    </context>
    <context>
        <name>PageParts</name>
        <message>
            <source>操作未完成（{kind}），数据库未作修改。</source>
            <translation type="vanished">Not completed ({kind}); the database is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <location filename="../../ui/widgets/password_fields.py" line="20" />
            <source>至少 {n} 位、不少于 4 个不同字符，首尾不能是空格，不能与用户名相同。</source>
            <translation>At least {n} characters, at least 4 of them different, no space at the start or end, not the same as the user name.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/password_fields.py" line="72" />
            <source>请再输入一次密码。</source>
            <translation>Enter the password again.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/password_fields.py" line="74" />
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/password_fields.py" line="80" />
            <source>✓ 密码符合要求。</source>
            <translation>✓ The password meets the rules.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/password_fields.py" line="65" />
            <source>请输入密码。</source>
            <translation>Enter a password.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <location filename="../../core/risk/access.py" line="32" />
            <source>本人管户及未分配客户经理的客户</source>
            <translation>your own managed customers and those with no relationship manager</translation>
        </message>
        <message>
            <location filename="../../core/risk/access.py" line="34" />
            <source>本人管户的客户</source>
            <translation>your own managed customers</translation>
        </message>
        <message>
            <location filename="../../core/risk/access.py" line="35" />
            <source>没有权限：{role}只能处理{whose}，客户「{no}」不在其中。如需处理，请联系主管分派。</source>
            <translation>Not permitted: as {role} you can only handle {whose}, and customer “{no}” is not among them. Ask a supervisor to assign the customer.</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="20" />
            <source>查看客户</source>
            <translation>View customers</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="21" />
            <source>查看客户资产</source>
            <translation>View customer balances</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="22" />
            <source>按证件号/手机号查找客户</source>
            <translation>Find customers by ID no. / mobile</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="23" />
            <source>查看完整证件号/手机号</source>
            <translation>Show full ID no. / mobile</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="24" />
            <source>应客户要求删除其个人信息</source>
            <translation>Erase a customer's personal data on request</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="25" />
            <source>导入客户名单</source>
            <translation>Import customer lists</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="26" />
            <source>撤销导入</source>
            <translation>Undo imports</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="27" />
            <source>查看导入记录</source>
            <translation>View import history</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="28" />
            <source>查看流失预警</source>
            <translation>View churn warnings</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="29" />
            <source>重新计算预警</source>
            <translation>Recalculate warnings</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="30" />
            <source>预警回测</source>
            <translation>Backtest warnings</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="31" />
            <source>处理预警（更改状态）</source>
            <translation>Handle warnings (change status)</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="32" />
            <source>分派管户客户经理</source>
            <translation>Assign relationship managers</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="33" />
            <source>查看人员名单</source>
            <translation>View staff list</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="34" />
            <source>维护人员与交接</source>
            <translation>Manage staff and handovers</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="35" />
            <source>查看联系记录</source>
            <translation>View contact records</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="36" />
            <source>登记联系记录</source>
            <translation>Record contacts</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="37" />
            <source>修改他人登记的联系记录</source>
            <translation>Edit contact records made by others</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="38" />
            <source>查看意见反馈</source>
            <translation>View feedback</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="39" />
            <source>登记意见反馈</source>
            <translation>Record feedback</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="40" />
            <source>转交、答复意见反馈</source>
            <translation>Forward and answer feedback</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="41" />
            <source>查看服务考核</source>
            <translation>View scorecard</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="42" />
            <source>生成月度报告</source>
            <translation>Produce monthly reports</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="43" />
            <source>导出（脱敏）</source>
            <translation>Export (masked)</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="44" />
            <source>导出完整信息</source>
            <translation>Export full details</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="45" />
            <source>查看设置</source>
            <translation>View settings</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="46" />
            <source>修改设置</source>
            <translation>Change settings</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="47" />
            <source>管理账户</source>
            <translation>Manage accounts</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="48" />
            <source>查看审计日志</source>
            <translation>View audit log</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="49" />
            <source>导出审计日志</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="50" />
            <source>备份数据库</source>
            <translation>Back up the database</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="51" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="52" />
            <source>导出交换包</source>
            <translation>Export exchange packages</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="53" />
            <source>导入交换包</source>
            <translation>Import exchange packages</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="54" />
            <source>清理过期数据</source>
            <translation>Purge expired data</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="55" />
            <source>载入示范数据</source>
            <translation>Load demo data</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="117" />
            <source>没有权限：{role}不能{action}（可由{allowed}操作）。</source>
            <translation>Not permitted: the {role} role does not allow “{action}” (allowed for: {allowed}).</translation>
        </message>
        <message>
            <location filename="../../core/security/permissions.py" line="18" />
            <source>、</source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>PlanPreview</name>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="114" />
            <source>工作簿有多个工作表：选择另一个会重新检查</source>
            <translation>The workbook has several sheets: choosing another checks again</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="123" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="123" />
            <source>工作表</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="123" />
            <source>数据月份</source>
            <translation>Data month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="123" />
            <source>表头位置</source>
            <translation>Header row</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="139" />
            <source>读取行数</source>
            <translation>Rows read</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="140" />
            <location filename="../../ui/pages/import_preview.py" line="213" />
            <source>将导入</source>
            <translation>To import</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="141" />
            <source>跳过</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="142" />
            <source>拒绝</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="143" />
            <source>警告</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="166" />
            <source>恢复自动识别</source>
            <translation>Reset to detected</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="168" />
            <source>点击「导入为」或「单位」可以修改，修改后自动重新检查；确认导入后，手动指定的对应关系会保存，下月同样格式的文件自动沿用。</source>
            <translation>Click “Import as” or “Unit” to change a column; the file is checked again automatically. On import, the mapping you set is saved and reused for next month's file in the same layout.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="184" />
            <source>导出未通过的行…</source>
            <translation>Export rejected rows…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="186" />
            <source>未通过校验的行不会导入。可以导出这些行（带行号和原因），在原文件中改正后重新导入。</source>
            <translation>Rows that fail the checks are not imported. Export them (with row numbers and reasons), fix them in the original file and import again.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="196" />
            <source>前几行</source>
            <translation>First rows</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="197" />
            <source>列对应关系</source>
            <translation>Column mapping</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="198" />
            <source>问题清单</source>
            <translation>Issues</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="213" />
            <source>已导入</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="218" />
            <source>{month}（来自{source}）</source>
            <translation>{month} (from {source})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="219" />
            <source>第 {row} 行</source>
            <translation>row {row}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="251" />
            <source>工作表「{sheet}」第 {row} 行是表头（底色标出），下面是文件中的前 {n} 行数据，证件号、手机号和姓名已脱敏。</source>
            <translation>Row {row} of sheet “{sheet}” is the header (highlighted); below are the first {n} data rows, with ID numbers, mobiles and names masked.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="284" />
            <source>问题清单（{n}）</source>
            <translation>Issues ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/import_preview.py" line="287" />
            <source>只导出前 {kept} 行（共 {n} 行未通过）</source>
            <translation>Exports only the first {kept} rows ({n} rejected in all)</translation>
        </message>
    </context>
    <context>
        <name>QuickContactDialog</name>
        <message>
            <source>原因</source>
            <translation type="vanished">Reasons</translation>
        </message>
        <message>
            <source>保存</source>
            <translation type="vanished">Save</translation>
        </message>
        <message>
            <source>取消</source>
            <translation type="vanished">Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="51" />
            <source>查看完整{field}</source>
            <translation>Show full {field}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="57" />
            <source>请填写理由</source>
            <translation>Enter a reason</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="59" />
            <source>查看完整信息会记入审计日志（谁、何时、哪位客户、理由）。{n} 秒后自动恢复脱敏显示。</source>
            <translation>Showing full details is recorded in the audit log (who, when, which customer, why). The value is masked again after {n} seconds.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="64" />
            <source>查看</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="65" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="70" />
            <source>查看理由(&amp;R)</source>
            <translation>&amp;Reason</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="22" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="25" />
            <source>联系时间</source>
            <translation>Contacted at</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="26" />
            <source>客户号</source>
            <translation>Customer no.</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="28" />
            <source>联系人</source>
            <translation>Contacted by</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="29" />
            <source>方式</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="30" />
            <source>目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="31" />
            <source>客户态度</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="32" />
            <source>原因</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="35" />
            <source>下次跟进</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="51" />
            <source>意见反馈</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="180" />
            <source>客户经理</source>
            <translation>Relationship manager</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="258" />
            <source>预警状态</source>
            <translation>Warning status</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="260" />
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="353" />
            <source>工号</source>
            <translation>Staff no.</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="38" />
            <source>最近联系</source>
            <translation>Recent contacts</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="54" />
            <source>等级</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../core/reports/safe_write.py" line="33" />
            <source>请先关闭同名文件「{name}」：它正在 Excel、WPS 或其他程序中打开，无法覆盖。原文件未作任何改动，关闭后请重新导出。</source>
            <translation>Please close “{name}” first: it is open in Excel, WPS or another program and cannot be overwritten. The original file is unchanged; export again once it is closed.</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="42" />
            <source>管户数</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="51" />
            <source>已挽留</source>
            <translation>Retained</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="52" />
            <source>已流失</source>
            <translation>Lost</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="33" />
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="51" />
            <source>指标</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="52" />
            <source>本月</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="53" />
            <source>上月</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../../core/reports/warnings_sheet.py" line="18" />
            <source>流失预警</source>
            <translation>At-risk customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/cells.py" line="71" />
            <source>万元</source>
            <translation>10k CNY</translation>
        </message>
        <message>
            <location filename="../../core/reports/cells.py" line="72" />
            <source>元</source>
            <translation>CNY</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="17" />
            <source>走访记录</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="18" />
            <source>走访记录（{month}）</source>
            <translation>Contacts ({month})</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="19" />
            <source>本月联系 {count} 次，涉及客户 {customers} 户。按联系方式：{channels}；按客户态度：{attitudes}。</source>
            <translation>{count} contacts this month with {customers} customers. By channel: {channels}; by attitude: {attitudes}.</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="24" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="27" />
            <source>客户姓名</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="33" />
            <source>提到的他行</source>
            <translation>Other bank mentioned</translation>
        </message>
        <message>
            <location filename="../../core/reports/contacts_sheet.py" line="34" />
            <source>联系摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../core/reports/context.py" line="21" />
            <source>客户维护月报</source>
            <translation>Customer care monthly report</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="54" />
            <source>只能导出为 .xlsx 或 .csv 文件；收到「{name}」。</source>
            <translation>Exports must be .xlsx or .csv files; got “{name}”.</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="55" />
            <source>没有「{kind}」这种清单。可导出：{valid}</source>
            <translation>There is no “{kind}” list. Available: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="56" />
            <source>没有可导出的导入批次。</source>
            <translation>There are no import batches to export.</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="57" />
            <source>CSV 编码只能是 utf-8（带BOM，Excel可直接打开）或 gb18030；收到「{value}」。</source>
            <translation>CSV encoding must be utf-8 (with BOM, opens directly in Excel) or gb18030; got “{value}”.</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="48" />
            <source>客户清单</source>
            <translation>Customer list</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="49" />
            <source>流失预警工作清单</source>
            <translation>At-risk work list</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="52" />
            <source>导入问题行</source>
            <translation>Import issue rows</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="59" />
            <source>未导入</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="60" />
            <source>已导入，有提示</source>
            <translation>Imported with notes</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="61" />
            <source>已跳过</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="177" />
            <source>证件号码</source>
            <translation>ID no.</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="178" />
            <source>手机号码</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="179" />
            <source>性别</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="181" />
            <source>网点</source>
            <translation>Branch</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="182" />
            <source>客户等级</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="183" />
            <source>风险等级</source>
            <translation>Risk level</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="184" />
            <source>金融资产</source>
            <translation>AUM</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="185" />
            <source>存款</source>
            <translation>Deposits</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="186" />
            <source>首次出现月份</source>
            <translation>First month</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="187" />
            <source>最近出现月份</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="255" />
            <source>涉及资产</source>
            <translation>AUM at stake</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="256" />
            <source>评分</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="259" />
            <source>预警原因</source>
            <translation>Warning reasons</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="295" />
            <source>批次</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="296" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="297" />
            <source>数据月份</source>
            <translation>Data month</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="298" />
            <source>行号</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="299" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="300" />
            <source>处理</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="301" />
            <source>问题</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="302" />
            <source>单元格内容（已脱敏）</source>
            <translation>Cell content (masked)</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="303" />
            <source>导入时间</source>
            <translation>Imported at</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="348" />
            <source>记录编号</source>
            <translation>Record no.</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="361" />
            <source>关联预警</source>
            <translation>Linked warning</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="362" />
            <source>修改次数</source>
            <translation>Edits</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="363" />
            <source>记录人</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="364" />
            <source>记录时间</source>
            <translation>Recorded at</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="402" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="403" />
            <source>提出日期</source>
            <translation>Raised on</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="406" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="407" />
            <source>反馈内容</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="408" />
            <source>提出人</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="409" />
            <source>当前状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="410" />
            <source>转交给</source>
            <translation>Forwarded to</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="411" />
            <source>转交日期</source>
            <translation>Forwarded on</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="412" />
            <source>答复</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="413" />
            <source>答复日期</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="414" />
            <source>告知客户日期</source>
            <translation>Customer informed on</translation>
        </message>
        <message>
            <location filename="../../core/reports/exports.py" line="415" />
            <source>来自联系记录</source>
            <translation>From contact</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="21" />
            <source>客户意见反馈（{month}）</source>
            <translation>Customer feedback ({month})</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="22" />
            <source>反馈闭环：已记录 → 已转交 → 已答复 → 已告知客户。下表列出本月提出的反馈，以及此前提出、尚未办结的反馈。</source>
            <translation>Feedback loop: Recorded → Forwarded → Answered → Customer informed. Below: feedback raised this month, and earlier feedback still open.</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="25" />
            <source>一、本月提出的反馈（按类别，当前状态）</source>
            <translation>1. Feedback raised this month (by category, current status)</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="26" />
            <source>二、反馈摘要</source>
            <translation>2. Feedback summary</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="27" />
            <source>三、按类别</source>
            <translation>3. By category</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="28" />
            <source>本月意见反馈（按类别，条）</source>
            <translation>Feedback this month (by category)</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="29" />
            <source>四、反馈明细</source>
            <translation>4. Feedback details</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="30" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="31" />
            <source>本月没有新的客户反馈。</source>
            <translation>No new customer feedback this month.</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="32" />
            <source>没有本月提出或尚未办结的反馈。</source>
            <translation>No feedback raised this month or still open.</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="33" />
            <source>本月提出 {raised} 条，本月办结（已告知客户）{closed} 条，平均办结用时 {days}。</source>
            <translation>{raised} raised this month, {closed} closed (customer informed); average time to close {days}.</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="34" />
            <source>各环节平均等待：{steps}。</source>
            <translation>Average wait per step: {steps}.</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="35" />
            <source>目前尚未办结 {open} 条{oldest}。</source>
            <translation>{open} still open{oldest}.</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="36" />
            <source>，等待最久的：{items}</source>
            <translation>; longest waiting: {items}</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="37" />
            <source>近三个月反复出现的类别（前两月、上月、本月条数）：{items}。</source>
            <translation>Categories recurring over three months (two months ago, last month, this month): {items}.</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="38" />
            <source>本月联系中客户提到的他行：{items}。</source>
            <translation>Other banks customers mentioned this month: {items}.</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="39" />
            <source>本月联系中客户给出的原因：{items}。</source>
            <translation>Reasons customers gave this month: {items}.</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="40" />
            <source>{n} 天</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="44" />
            <source>本月提出</source>
            <translation>Raised this month</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="58" />
            <source>办结日期</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <location filename="../../core/reports/feedback_sheet.py" line="59" />
            <source>已用天数</source>
            <translation>Days taken</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="29" />
            <source>联系客户（次）</source>
            <translation>Customer contacts</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="33" />
            <source>当月的走访、电话等联系记录，明细见“走访记录”表</source>
            <translation>Visits, calls and other contacts this month; details on the “Contacts” sheet</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="37" />
            <source>维护覆盖率</source>
            <translation>Care coverage</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="41" />
            <source>有维护周期要求的客户中，月末仍在周期内联系过的比例</source>
            <translation>Share of customers with a contact cadence who were contacted within it at month end</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="45" />
            <source>新发预警及时联系率</source>
            <translation>New warnings contacted in time</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="53" />
            <source>逾期未跟进（次）</source>
            <translation>Overdue follow-ups</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="57" />
            <source>约定的下次跟进日已过、其间没有联系记录</source>
            <translation>Agreed follow-up date passed with no contact since</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="61" />
            <source>意见反馈提出（条）</source>
            <translation>Feedback raised</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="65" />
            <source>明细见“意见反馈”表</source>
            <translation>Details on the “Feedback” sheet</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="69" />
            <source>意见反馈办结（条）</source>
            <translation>Feedback closed</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="73" />
            <source>当月告知客户处理结果的反馈（不论何时提出）</source>
            <translation>Feedback whose outcome the customer was told this month (whenever raised)</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="107" />
            <source>高价值客户（户）</source>
            <translation>High-value customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="113" />
            <source>高价值客户金融资产（万元）</source>
            <translation>High-value AUM (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="116" />
            <source>新增高价值客户（户）</source>
            <translation>New high-value customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="120" />
            <source>本月达到高价值等级、上月不是（含新客户）</source>
            <translation>High-value this month but not last month (incl. new customers)</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="124" />
            <source>减少高价值客户（户）</source>
            <translation>High-value customers lost</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="128" />
            <source>上月是高价值客户、本月降级或不在清单</source>
            <translation>High-value last month, downgraded or off the list this month</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="132" />
            <source>流失预警（户）</source>
            <translation>Churn warnings (customers)</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="136" />
            <source>当月有预警信号的高价值客户，明细见“流失预警”表</source>
            <translation>High-value customers flagged this month; details on the “Churn warnings” sheet</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="140" />
            <source>其中本月新发预警（户）</source>
            <translation>of which new this month</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="144" />
            <source>当月首次发出的预警</source>
            <translation>Warnings raised for the first time this month</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="148" />
            <source>已联系（户）</source>
            <translation>Contacted</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="152" />
            <source>预警发出后有联系记录，或标记过已联系</source>
            <translation>Contact recorded after the warning, or marked Contacted</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="154" />
            <source>已挽留（户）</source>
            <translation>Retained</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="155" />
            <source>已流失（户）</source>
            <translation>Lost</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="158" />
            <source>挽留率</source>
            <translation>Retention rate</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="162" />
            <source>已挽留 ÷（已挽留 + 已流失）</source>
            <translation>Retained ÷ (Retained + Lost)</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="166" />
            <source>涉及资产（万元）</source>
            <translation>AUM at stake (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="170" />
            <source>预警客户可能流失的资产</source>
            <translation>AUM that warned customers may take away</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="174" />
            <source>挽留资产（万元）</source>
            <translation>AUM retained (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="178" />
            <source>已挽留客户的涉及资产</source>
            <translation>AUM at stake of retained customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="182" />
            <source>流失客户（户）</source>
            <translation>Lost customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="190" />
            <source>流失资产（万元）</source>
            <translation>AUM lost (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="194" />
            <source>流失客户较上月减少的金融资产，明细见“流失客户”表</source>
            <translation>AUM lost customers held less than last month; details on the “Lost customers” sheet</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="49" />
            <source>新发预警在 {days} 个工作日内联系的比例</source>
            <translation>Share of new warnings contacted within {days} working days</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="111" />
            <source>{tier}及以上等级的客户</source>
            <translation>Customers at {tier} tier or above</translation>
        </message>
        <message>
            <location filename="../../core/reports/headline.py" line="186" />
            <source>本月不在清单，或金卡及以上客户资产较上月下降 {pct}% 以上</source>
            <translation>Off the list this month, or Gold-and-above customers whose AUM fell more than {pct}% from last month</translation>
        </message>
        <message>
            <location filename="../../core/reports/list_writer.py" line="46" />
            <source>制表：{who}  {when}</source>
            <translation>Prepared by {who}  {when}</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="15" />
            <source>流失客户</source>
            <translation>Lost customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="16" />
            <source>流失客户（{month}）</source>
            <translation>Lost customers ({month})</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="17" />
            <source>上月（{previous}）在清单、本月不在清单的客户，以及金卡及以上客户资产较上月下降 {pct}% 以上的，共 {count} 户，减少金融资产 {aum} 万元。</source>
            <translation>Customers on last month's list ({previous}) but not this month's, plus Gold-and-above customers whose AUM fell more than {pct}%: {count} customers, AUM down {aum} ×10k CNY.</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="22" />
            <source>本月是第一个导入的月份，没有上月可比。</source>
            <translation>This is the first imported month; there is no previous month to compare.</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="24" />
            <source>本月不在清单</source>
            <translation>Off the list</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="25" />
            <source>资产大幅转出</source>
            <translation>Large outflow</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="32" />
            <source>上月等级</source>
            <translation>Last month's tier</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="33" />
            <source>流失类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="34" />
            <source>上月金融资产</source>
            <translation>AUM last month</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="35" />
            <source>本月金融资产</source>
            <translation>AUM this month</translation>
        </message>
        <message>
            <location filename="../../core/reports/lost.py" line="36" />
            <source>减少资产</source>
            <translation>AUM lost</translation>
        </message>
        <message>
            <location filename="../../core/reports/period.py" line="15" />
            <source>月份应为 YYYY-MM 格式，如 2026-10；收到「{value}」。</source>
            <translation>A month must be YYYY-MM, e.g. 2026-10; got “{value}”.</translation>
        </message>
        <message>
            <location filename="../../core/reports/period.py" line="16" />
            <source>没有 {period} 的已导入数据。已有的月份：{valid}</source>
            <translation>No imported data for {period}. Months available: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/reports/period.py" line="17" />
            <source>还没有导入任何月度数据，无法生成报表。请先导入客户清单。</source>
            <translation>No monthly data imported yet, so no report can be made. Import a customer list first.</translation>
        </message>
        <message>
            <location filename="../../core/reports/period.py" line="18" />
            <source>本网点</source>
            <translation>This branch</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="18" />
            <source>挽留成效</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="19" />
            <source>挽留成效（{month}）</source>
            <translation>Retention ({month})</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="20" />
            <source>本月预警的处理结果（截至制表时）与联系是否及时的对比。是否流失按回测口径：其后 {horizon} 个月内不在清单，或金融资产较预警月下降 {pct}% 以上；“及时联系”指预警后 {days} 天内有联系记录或标记为已联系；“处理中”指新预警、已分派、已联系。</source>
            <translation>Outcomes of this month's warnings (as of preparation) compared by how promptly customers were contacted. Lost, as in the backtest: off the list within {horizon} months, or AUM down more than {pct}% from the warning month. “Contacted in time”: a contact recorded or marked Contacted within {days} days of the warning. “In progress”: New, Assigned or Contacted.</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="26" />
            <source>一、本月预警处理结果</source>
            <translation>1. Outcomes of this month's warnings</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="27" />
            <source>二、联系是否及时的对比：{month}新发预警（{observed}）</source>
            <translation>2. Timely vs late contact: new warnings of {month} ({observed})</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="28" />
            <source>已观察 {months} 个月，至 {until}</source>
            <translation>observed {months} months, to {until}</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="29" />
            <source>其后月份尚未导入，去留待观察</source>
            <translation>later months not yet imported; outcome still open</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="30" />
            <source>三、联系是否及时的对比：{month}新发预警（{observed}）</source>
            <translation>3. Timely vs late contact: new warnings of {month} ({observed})</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="31" />
            <source>{number}、已挽留和已流失的客户</source>
            <translation>{number}. Retained and lost customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="32" />
            <source>本月预警中还没有关闭为已挽留或已流失的。</source>
            <translation>None of this month's warnings has been closed as Retained or Lost yet.</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="33" />
            <source>处理中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="36" />
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="37" />
            <source>户数</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="39" />
            <source>占比</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="42" />
            <source>分组</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="43" />
            <source>客户数</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="44" />
            <source>其后流失</source>
            <translation>Lost later</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="45" />
            <source>流失率</source>
            <translation>Loss rate</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="46" />
            <source>预警月资产</source>
            <translation>AUM at warning</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="47" />
            <source>观察期末资产</source>
            <translation>AUM at end</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="48" />
            <source>资产保有率</source>
            <translation>AUM retained</translation>
        </message>
        <message>
            <location filename="../../core/reports/retention.py" line="59" />
            <source>关闭说明</source>
            <translation>Closing note</translation>
        </message>
        <message>
            <location filename="../../core/reports/safe_write.py" line="28" />
            <source>请先关闭同名文件「{name}」：它正在 Excel、WPS 或其他程序中打开，无法覆盖。原文件未作任何改动，关闭后请重新导出。（如果确实没有打开，请删除同一文件夹中的隐藏文件「{owner}」后重试。）</source>
            <translation>Please close “{name}” first: it is open in Excel, WPS or another program and cannot be overwritten. The original file is unchanged; export again once it is closed. (If it really is not open, delete the hidden file “{owner}” in the same folder and try again.)</translation>
        </message>
        <message>
            <location filename="../../core/reports/safe_write.py" line="37" />
            <source>无法写入文件夹「{folder}」（没有权限或磁盘已满）。请换一个文件夹后重试，未写入任何文件。</source>
            <translation>Cannot write to folder “{folder}” (no permission or disk full). Choose another folder and try again; no file was written.</translation>
        </message>
        <message>
            <location filename="../../core/reports/safe_write.py" line="40" />
            <source>文件夹「{folder}」不存在。请先建好文件夹，或换一个位置。</source>
            <translation>Folder “{folder}” does not exist. Create it first, or choose another location.</translation>
        </message>
        <message>
            <location filename="../../core/reports/safe_write.py" line="41" />
            <source>「{name}」是一个文件夹，不能作为导出文件。请指定文件名，如 {name}/月报.xlsx。</source>
            <translation>“{name}” is a folder, not a file to export to. Give a file name, e.g. {name}/report.xlsx.</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="16" />
            <source>客户经理考核</source>
            <translation>Manager scorecard</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="17" />
            <source>客户经理考核（{month}）</source>
            <translation>Manager scorecard ({month})</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="18" />
            <source>综合得分 = {weights}（满分 100；没有基数的项不计，其余按权重折算）。月初资产为上月末（{previous}）管户资产。</source>
            <translation>Score = {weights} (out of 100; items with no base are left out and the rest reweighted). Opening AUM is the managed AUM at the end of last month ({previous}).</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="22" />
            <source>一、综合得分</source>
            <translation>1. Overall score</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="23" />
            <source>二、考核明细</source>
            <translation>2. Details</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="24" />
            <source>无上月数据</source>
            <translation>no data for last month</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="27" />
            <source>及时联系率</source>
            <translation>Timely contact rate</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="30" />
            <source>跟进按时率</source>
            <translation>On-time follow-up rate</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="35" />
            <source>排名</source>
            <translation>Rank</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="36" />
            <source>综合得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="43" />
            <source>高价值客户</source>
            <translation>High-value customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="44" />
            <source>月初资产</source>
            <translation>Opening AUM</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="45" />
            <source>月末资产</source>
            <translation>Closing AUM</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="46" />
            <source>资产变动</source>
            <translation>AUM change</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="47" />
            <source>新增高价值</source>
            <translation>New high-value</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="48" />
            <source>减少高价值</source>
            <translation>High-value lost</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="49" />
            <source>新发预警</source>
            <translation>New warnings</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="50" />
            <source>及时联系</source>
            <translation>Contacted in time</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="53" />
            <source>应维护客户</source>
            <translation>Customers due care</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="54" />
            <source>已维护</source>
            <translation>Cared for</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="55" />
            <source>到期跟进</source>
            <translation>Follow-ups due</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="56" />
            <source>逾期跟进</source>
            <translation>Overdue follow-ups</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="57" />
            <source>办结反馈</source>
            <translation>Feedback closed</translation>
        </message>
        <message>
            <location filename="../../core/reports/scorecard_sheet.py" line="58" />
            <source>平均办结天数</source>
            <translation>Avg. days to close</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="34" />
            <source>{branch} 客户维护月报（{month}）</source>
            <translation>{branch} customer care monthly report ({month})</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="35" />
            <source>数据月份：{month}　对比：{previous}　金额单位：万元　{masking}　制表：{who}　{when}</source>
            <translation>Data month: {month}　Compared with: {previous}　Amounts in 10k CNY　{masking}　Prepared by {who}　{when}</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="36" />
            <source>客户姓名已脱敏</source>
            <translation>Customer names masked</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="37" />
            <source>含客户完整姓名，请妥善保管</source>
            <translation>Contains full customer names; keep it safe</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="38" />
            <source>无（首个月份）</source>
            <translation>none (first month)</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="39" />
            <source>一、客户与资产</source>
            <translation>1. Customers and AUM</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="40" />
            <source>二、维护指标</source>
            <translation>2. Care figures</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="41" />
            <source>三、涉及资产最多的十位预警客户</source>
            <translation>3. Ten warned customers with the most AUM at stake</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="42" />
            <source>四、近12个月金融资产</source>
            <translation>4. AUM over the last 12 months</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="43" />
            <source>五、预警原因分布</source>
            <translation>5. Warning reasons</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="44" />
            <source>近12个月金融资产（万元）</source>
            <translation>AUM, last 12 months (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="45" />
            <source>本月预警原因（条）</source>
            <translation>Warning reasons this month</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="46" />
            <source>本月没有高价值客户流失预警。</source>
            <translation>No churn warnings for high-value customers this month.</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="47" />
            <source>说明：预警状态为截至制表时的处理状态；挽留率 = 已挽留 ÷（已挽留 + 已流失）。制表人：{who}；制表时间：{when}。</source>
            <translation>Notes: warning status is as of preparation; retention rate = Retained ÷ (Retained + Lost). Prepared by {who} at {when}.</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="54" />
            <source>变动</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="55" />
            <source>口径说明</source>
            <translation>Definition</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="68" />
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../core/reports/summary.py" line="74" />
            <source>预警数</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="20" />
            <source>客户分层</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="21" />
            <source>客户分层（{month}）</source>
            <translation>Customer tiers ({month})</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="22" />
            <source>等级按月末金融资产认定：金卡 {gold} 起，白金 {platinum} 起，钻石 {diamond} 起，私行 {private} 起；资产低于等级标准连续 {months} 个月（私行 {private_months} 个月）后降级，期间为“关注”。上月为 {previous}。</source>
            <translation>Tiers follow month-end AUM: Gold from {gold}, Platinum from {platinum}, Diamond from {diamond}, Private from {private}. A customer below the tier threshold for {months} months in a row ({private_months} for Private) is downgraded, and is on “watch” meanwhile. Last month is {previous}.</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="27" />
            <source>一、等级分布</source>
            <translation>1. Tier distribution</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="28" />
            <source>二、等级迁移（上月 → 本月，户数）</source>
            <translation>2. Tier moves (last month → this month, customers)</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="29" />
            <source>绿色：升级或新进入清单；红色：降级或离开清单；蓝色：等级不变。</source>
            <translation>Green: upgraded or new to the list; red: downgraded or left the list; blue: unchanged.</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="30" />
            <source>三、等级分布图</source>
            <translation>3. Tier charts</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="31" />
            <source>各等级客户数（户）</source>
            <translation>Customers by tier</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="32" />
            <source>户</source>
            <translation>customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="35" />
            <source>各等级金融资产（万元）</source>
            <translation>AUM by tier (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="37" />
            <source>其中高价值（{tier}及以上）</source>
            <translation>of which high-value ({tier} and above)</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="38" />
            <source>上月＼本月</source>
            <translation>Last ＼ this month</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="39" />
            <source>上月不在清单（新客户）</source>
            <translation>Not on last month's list (new)</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="44" />
            <source>本月户数</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="45" />
            <source>上月户数</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="46" />
            <source>户数变动</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="50" />
            <source>户数占比</source>
            <translation>Share of customers</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="51" />
            <source>资产占比</source>
            <translation>Share of AUM</translation>
        </message>
        <message>
            <location filename="../../core/reports/tiers_sheet.py" line="52" />
            <source>其中关注</source>
            <translation>of which on watch</translation>
        </message>
        <message>
            <location filename="../../core/reports/warnings_sheet.py" line="19" />
            <source>高价值客户流失预警（{month}）</source>
            <translation>High-value churn warnings ({month})</translation>
        </message>
        <message>
            <location filename="../../core/reports/warnings_sheet.py" line="20" />
            <source>本月有预警信号的高价值客户 {count} 户，涉及资产 {stake} 万元；按涉及资产从多到少排列。状态为截至制表时的处理状态。</source>
            <translation>{count} high-value customers flagged this month, {stake} ×10k CNY at stake; most AUM at stake first. Status is as of preparation.</translation>
        </message>
        <message>
            <location filename="../../core/reports/warnings_sheet.py" line="35" />
            <source>处理状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../core/reports/warnings_sheet.py" line="36" />
            <source>首次预警</source>
            <translation>First warned</translation>
        </message>
        <message>
            <location filename="../../core/reports/workbook.py" line="48" />
            <source>内部资料 注意保密</source>
            <translation>Internal - confidential</translation>
        </message>
        <message>
            <location filename="../../core/reports/workbook.py" line="49" />
            <source>第 &amp;P 页，共 &amp;N 页</source>
            <translation>Page &amp;P of &amp;N</translation>
        </message>
        <message>
            <location filename="../../core/reports/audited.py" line="30" />
            <source>导出完整信息（不脱敏）须填写理由，如：报送总行风险管理部。请填写理由后重试，未导出任何文件。</source>
            <translation>Exporting full (unmasked) details needs a reason, e.g. “for head office risk management”. Enter a reason and try again; no file was exported.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="76" />
            <source>保存为</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="138" />
            <source>月度报表</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="141" />
            <source>一个 Excel 工作簿：摘要、客户分层、预警、挽留、走访、反馈、考核，可直接打印。客户姓名已脱敏。</source>
            <translation>One print-ready Excel workbook: summary, tiers, warnings, retention, contacts, feedback, scorecard. Customer names are masked.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="159" />
            <source>清单导出</source>
            <translation>List exports</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="162" />
            <source>Excel（.xlsx）或 CSV（.csv），在保存时选择。</source>
            <translation>Excel (.xlsx) or CSV (.csv), chosen when saving.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="171" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="179" />
            <source>报表月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="184" />
            <source>主要指标预览</source>
            <translation>Headline figures</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="191" />
            <source>可导出本人管户客户的清单；证件号、手机号等均已脱敏。</source>
            <translation>You can export lists of your own managed customers; ID numbers, mobiles and the like are masked.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="200" />
            <source>报表</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="232" />
            <source>还没有导入数据。</source>
            <translation>No data imported yet.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="237" />
            <source>还没有导入数据，导入月度客户清单后即可生成报表。</source>
            <translation>No data imported yet; import a monthly customer list to produce reports.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="242" />
            <source>正在计算…</source>
            <translation>Calculating…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="257" />
            <source>{month}，与上月对比；金额单位：万元</source>
            <translation>{month}, compared with last month; amounts in 10k CNY</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="270" />
            <source>操作未完成（{kind}），未写入任何文件。</source>
            <translation>Not completed ({kind}); no file was written.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="278" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="278" />
            <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="314" />
            <source>正在取消…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="333" />
            <source>已保存：{path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="335" />
            <source>（{n} 行）</source>
            <translation> ({n} rows)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="347" />
            <source>已取消导出，未写入任何文件。</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="47" />
            <source>导出月度报表…</source>
            <translation>Export monthly report…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="48" />
            <source>客户清单…</source>
            <translation>Customer list…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="49" />
            <source>流失预警工作清单…</source>
            <translation>At-risk work list…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="50" />
            <source>走访记录…</source>
            <translation>Contact records…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="51" />
            <source>意见反馈…</source>
            <translation>Feedback…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="51" />
            <source>意见反馈</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="101" />
            <source>指标</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="102" />
            <source>本月</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="103" />
            <source>上月</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="104" />
            <source>变化</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="105" />
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="61" />
            <source>正在计算客户等级与预警…</source>
            <translation>Calculating tiers and warnings…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="62" />
            <source>正在汇总数据…</source>
            <translation>Summarising the data…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="63" />
            <source>正在生成工作表…</source>
            <translation>Building the sheets…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="64" />
            <source>正在保存文件…</source>
            <translation>Saving the file…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="65" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="47" />
            <source>客户维护月报</source>
            <translation>Customer care monthly report</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="48" />
            <source>客户清单</source>
            <translation>Customer list</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="49" />
            <source>流失预警工作清单</source>
            <translation>At-risk work list</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports_page.py" line="50" />
            <source>走访记录</source>
            <translation>Contact records</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="170" />
            <source>重置密码：{name}</source>
            <translation>Reset password: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="174" />
            <source>设置一个临时密码并当面告知 {name}；其下次登录时必须改为自己的密码。</source>
            <translation>Set a temporary password and give it to {name} face to face; they must change it at next sign-in.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="178" />
            <source>临时密码</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="178" />
            <source>再输入一次</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="179" />
            <source>重置密码</source>
            <translation>Reset password</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../../core/security/retention.py" line="58" />
            <source>意见反馈</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="60" />
            <source>客户</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="50" />
            <source>（应客户要求已删除）</source>
            <translation>(erased at the customer's request)</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="53" />
            <source>月度资产数据</source>
            <translation>Monthly asset data</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="54" />
            <source>预警评分与等级</source>
            <translation>Warning scores and tiers</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="55" />
            <source>已关闭的预警</source>
            <translation>Closed warnings</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="56" />
            <source>导入问题明细</source>
            <translation>Import issue details</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="57" />
            <source>联系记录</source>
            <translation>Contact records</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="59" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="250" />
            <source>请填写删除理由（如：客户书面申请，申请日期）。</source>
            <translation>Give a reason for the erasure (e.g. the customer's written request and its date).</translation>
        </message>
        <message>
            <location filename="../../core/security/retention.py" line="253" />
            <source>找不到客户号「{no}」。请核对客户号。</source>
            <translation>Customer no. “{no}” not found. Check the number.</translation>
        </message>
    </context>
    <context>
        <name>Reveal</name>
        <message>
            <location filename="../../core/security/reveal.py" line="18" />
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../core/security/reveal.py" line="19" />
            <source>手机号</source>
            <translation>mobile number</translation>
        </message>
        <message>
            <location filename="../../core/security/reveal.py" line="38" />
            <source>不能查看「{field}」的完整信息。</source>
            <translation>The full {field} cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../core/security/reveal.py" line="47" />
            <source>请填写查看完整{field}的理由（如：客户临柜办理业务核对身份）。</source>
            <translation>Give a reason for showing the full {field} (e.g. verifying the identity of a customer at the counter).</translation>
        </message>
        <message>
            <location filename="../../core/security/reveal.py" line="51" />
            <source>找不到这位客户。</source>
            <translation>Customer not found.</translation>
        </message>
    </context>
    <context>
        <name>RevealField</name>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="109" />
            <location filename="../../ui/dialogs/reveal.py" line="185" />
            <source>查看完整</source>
            <translation>Show full</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="111" />
            <source>说明理由后查看完整{field}（记入审计日志）</source>
            <translation>Give a reason to show the full {field} (recorded in the audit log)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="150" />
            <location filename="../../ui/dialogs/reveal.py" line="164" />
            <source>查看完整信息</source>
            <translation>Show full details</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="175" />
            <source>隐藏（{n} 秒）</source>
            <translation>Hide ({n} s)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="40" />
            <source>客户临柜办理业务，核对身份</source>
            <translation>Customer at the counter: verifying identity</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="41" />
            <source>电话回访前核对联系方式</source>
            <translation>Checking contact details before a follow-up call</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reveal.py" line="42" />
            <source>客户资料更正</source>
            <translation>Correcting customer details</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <location filename="../../core/risk/compute.py" line="79" />
            <source>还没有导入任何月度数据。</source>
            <translation>No monthly data imported yet.</translation>
        </message>
        <message>
            <location filename="../../core/risk/compute.py" line="83" />
            <source>没有 {period} 的已导入数据。已有的月份：{valid}</source>
            <translation>No imported data for {period}. Months available: {valid}</translation>
        </message>
    </context>
    <context>
        <name>RiskCodes</name>
        <message>
            <location filename="../../core/risk/codes.py" line="14" />
            <source>本月清单中消失</source>
            <translation>Dropped off this month's list</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="15" />
            <source>金融资产下降</source>
            <translation>AUM decline</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="16" />
            <source>大额转出</source>
            <translation>Large transfer out</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="17" />
            <source>代发工资停发</source>
            <translation>Payroll stopped</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="18" />
            <source>联系反馈有转走意向或投诉</source>
            <translation>Contact shows intent to leave or a complaint</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="19" />
            <source>定期/理财即将到期</source>
            <translation>Time deposit / wealth product maturing</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="20" />
            <source>电子银行活跃度下降</source>
            <translation>Less e-banking activity</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="21" />
            <source>等级关注（资产低于等级标准）</source>
            <translation>Tier watch (AUM below tier threshold)</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="22" />
            <source>季末冲量资金流出</source>
            <translation>Quarter-end window-dressing outflow</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="41" />
            <source>高</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="42" />
            <source>中</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../core/risk/codes.py" line="43" />
            <source>低</source>
            <translation>Low</translation>
        </message>
    </context>
    <context>
        <name>RiskModel</name>
        <message>
            <location filename="../../core/risk/model.py" line="38" />
            <source>金融资产较上月变化</source>
            <translation>AUM change vs last month</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="39" />
            <source>金融资产较近3个月平均变化</source>
            <translation>AUM change vs 3-month average</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="40" />
            <source>电子银行笔数较近3个月平均变化</source>
            <translation>E-banking transactions vs 3-month average</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="41" />
            <source>本月电子银行笔数</source>
            <translation>E-banking transactions this month</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="42" />
            <source>距最近一次交易的月数</source>
            <translation>Months since last transaction</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="43" />
            <source>持有产品数</source>
            <translation>Products held</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="44" />
            <source>客户等级</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="45" />
            <source>资产低于所持等级的档数</source>
            <translation>Tiers AUM is below the held tier</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="46" />
            <source>代发工资</source>
            <translation>Payroll</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="47" />
            <source>代发工资停发</source>
            <translation>Payroll stopped</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="48" />
            <source>30天内到期资金占资产比例</source>
            <translation>Share of AUM maturing within 30 days</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="49" />
            <source>转出他行占上月资产比例</source>
            <translation>Transfers to other banks as share of last month's AUM</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="50" />
            <source>本月不在清单中</source>
            <translation>Off this month's list</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="190" />
            <source>历史中只有 {n} 个流失样本，至少需要 {m} 个才训练模型（设置 model.min_leavers）</source>
            <translation>History has only {n} lost customers; the model needs at least {m} to train (setting model.min_leavers)</translation>
        </message>
        <message>
            <location filename="../../core/risk/model.py" line="153" />
            <source>学习模型是可选功能，需要 scikit-learn：pip install scikit-learn</source>
            <translation>The learned model is optional and needs scikit-learn: pip install scikit-learn</translation>
        </message>
    </context>
    <context>
        <name>RiskRules</name>
        <message>
            <location filename="../../core/risk/rules.py" line="121" />
            <source>金融资产较上月下降{pct}%（-{amount}）</source>
            <translation>AUM down {pct}% from last month (-{amount})</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="122" />
            <source>金融资产较近{months}个月平均下降{pct}%（-{amount}）</source>
            <translation>AUM down {pct}% from the {months}-month average (-{amount})</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="123" />
            <source>金融资产较季末冲量前{months}个月平均下降{pct}%（-{amount}）</source>
            <translation>AUM down {pct}% from the {months}-month average before the quarter-end peak (-{amount})</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="143" />
            <source>定期存款/理财共{amount}，最近一笔将于{date}到期（{days}天后）</source>
            <translation>{amount} in time deposits / wealth products; the next matures on {date} (in {days} days)</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="160" />
            <source>{quarter}季末金融资产比此前{months}个月平均高出{lift}%，本月流出{amount}，疑为冲量资金流出</source>
            <translation>AUM at the end of {quarter} was {lift}% above the previous {months}-month average; {amount} left this month, likely window-dressing funds</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="188" />
            <source>本月转出他行{amount}，占上月金融资产的{pct}%</source>
            <translation>{amount} transferred to other banks this month, {pct}% of last month's AUM</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="190" />
            <source>本月金融资产减少{amount}，占上月的{pct}%</source>
            <translation>AUM fell by {amount} this month, {pct}% of last month's</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="225" />
            <source>本月电子银行交易{count}笔，近{months}个月平均{avg}笔，下降{pct}%</source>
            <translation>{count} e-banking transactions this month vs an average of {avg} over {months} months, down {pct}%</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="236" />
            <source>代发工资由“是”变为“否”（{last}仍有代发）</source>
            <translation>Payroll changed from yes to no (still paid in {last})</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="248" />
            <source>{last}在册（金融资产{amount}），本月客户清单中已无此客户</source>
            <translation>On file in {last} (AUM {amount}), missing from this month's customer list</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="265" />
            <source>金融资产{aum}，低于{tier}标准（{bound}），已连续{below}个月；再有{left}个月将降级</source>
            <translation>AUM {aum}, below the {tier} threshold ({bound}) for {below} months in a row; downgrade in {left} more months</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="282" />
            <source>最近一次联系（{date}）：客户有转走资金的意向，尚未解决</source>
            <translation>Last contact ({date}): customer intends to move funds; unresolved</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="284" />
            <source>最近一次联系（{date}）：客户投诉，尚未解决</source>
            <translation>Last contact ({date}): customer complaint; unresolved</translation>
        </message>
        <message>
            <location filename="../../core/risk/rules.py" line="212" />
            <source>连续{months}个月没有电子银行交易（此前月均{avg}笔）</source>
            <translation>No e-banking transactions for {months} months (previously {avg} a month)</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../core/actors.py" line="24" />
            <source>柜员：登记联系记录，查看本人及未分配客户（脱敏，不含资产）</source>
            <translation>Teller: records contacts; sees own and unassigned customers (masked, no balances)</translation>
        </message>
        <message>
            <location filename="../../core/actors.py" line="25" />
            <source>客户经理：本人管户客户、预警、联系记录，导出脱敏数据</source>
            <translation>Relationship manager: own managed customers, warnings and contact records; exports masked data</translation>
        </message>
        <message>
            <location filename="../../core/actors.py" line="26" />
            <source>主管：全部客户、考核与报表；可说明理由后查看或导出完整信息</source>
            <translation>Supervisor: all customers, scorecard and reports; can show or export full details after giving a reason</translation>
        </message>
        <message>
            <location filename="../../core/actors.py" line="27" />
            <source>管理员：账户与设置、备份，不接触客户数据</source>
            <translation>Administrator: accounts, settings and backups; no access to customer data</translation>
        </message>
        <message>
            <location filename="../../core/actors.py" line="28" />
            <source>审计：只读审计日志</source>
            <translation>Auditor: read-only audit log</translation>
        </message>
        <message>
            <location filename="../../core/actors.py" line="19" />
            <source>柜员</source>
            <translation>Teller</translation>
        </message>
        <message>
            <location filename="../../core/actors.py" line="19" />
            <source>客户经理</source>
            <translation>Relationship manager</translation>
        </message>
        <message>
            <location filename="../../core/actors.py" line="19" />
            <source>主管</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../core/actors.py" line="20" />
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../core/actors.py" line="20" />
            <source>审计</source>
            <translation>Auditor</translation>
        </message>
    </context>
    <context>
        <name>ScorecardPage</name>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="74" />
            <source>考核月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="95" />
            <source>考核</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="97" />
            <source>点击任一数字，下方列出构成该数字的客户。得分为维护覆盖、及时联系、挽留、资产保有、按时跟进五项的加权平均。</source>
            <translation>Click any figure to list the customers behind it below. The score is a weighted average of coverage, timely contact, retention, AUM retention and on-time follow-up.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="133" />
            <source>客户明细</source>
            <translation>Customers behind the figure</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="134" />
            <source>点击上表中的数字查看明细</source>
            <translation>Click a figure in the table above to see the customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="138" />
            <source>还没有导入数据。</source>
            <translation>No data imported yet.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="148" />
            <source>{month}　全网点 {customers} 户，月末资产 {aum} 万元，新发预警 {warnings} 条，逾期跟进 {overdue} 次</source>
            <translation>{month}　Branch: {customers} customers, month-end AUM {aum} ×10k CNY, {warnings} new warnings, {overdue} overdue follow-ups</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="173" />
            <source>{who}：{what}</source>
            <translation>{who}: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="174" />
            <source>共 {n} 户</source>
            <translation>{n} customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="33" />
            <source>新增高价值客户</source>
            <translation>New high-value customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="34" />
            <source>减少高价值客户</source>
            <translation>High-value customers lost</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="35" />
            <source>本月新发预警的客户</source>
            <translation>Customers newly warned this month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="37" />
            <source>预警已有结果的客户</source>
            <translation>Customers whose warning has an outcome</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="38" />
            <source>有维护周期要求的客户</source>
            <translation>Customers with a contact cadence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="39" />
            <source>本月有约定跟进的客户</source>
            <translation>Customers with a follow-up due this month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scorecard_page.py" line="163" />
            <source>管户客户</source>
            <translation>Managed customers</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../ui/session.py" line="65" />
            <source>示范网点的账户：{accounts}。密码均为 {password}。</source>
            <translation>Demo branch accounts: {accounts}. The password for all of them is {password}.</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="62" />
            <source>{user}（{role}）</source>
            <translation>{user} ({role})</translation>
        </message>
        <message>
            <location filename="../../ui/session.py" line="66" />
            <source>、</source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../core/settings.py" line="61" />
            <source>金卡起点（月末金融资产）</source>
            <translation>Gold threshold (month-end AUM)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="62" />
            <source>白金起点（月末金融资产）</source>
            <translation>Platinum threshold (month-end AUM)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="63" />
            <source>钻石起点（月末金融资产）</source>
            <translation>Diamond threshold (month-end AUM)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="64" />
            <source>私行起点（月末金融资产）</source>
            <translation>Private threshold (month-end AUM)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="65" />
            <source>高价值客户的最低等级</source>
            <translation>Lowest high-value tier</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="66" />
            <source>连续几个月低于等级标准后降级</source>
            <translation>Months below the tier threshold before downgrade</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="68" />
            <source>私行：连续几个月低于标准后降级</source>
            <translation>Private: months below the threshold before downgrade</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="71" />
            <source>资产下降：较上月或近3个月平均下降至少</source>
            <translation>AUM decline: drop vs last month or 3-month average of at least</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="73" />
            <source>资产下降：下降金额至少</source>
            <translation>AUM decline: amount of at least</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="74" />
            <source>到期：到期的定期/理财至少</source>
            <translation>Maturity: maturing deposits / wealth products of at least</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="75" />
            <source>到期：未来多少天内到期</source>
            <translation>Maturity: maturing within (days)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="77" />
            <source>冲量：季末资产高出前3个月平均至少</source>
            <translation>Window dressing: quarter-end AUM above 3-month average by at least</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="79" />
            <source>冲量：次月流出至少</source>
            <translation>Window dressing: outflow next month of at least</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="80" />
            <source>大额转出：单月流出达到</source>
            <translation>Large transfer: monthly outflow of</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="82" />
            <source>大额转出：或单月流出占上月资产达到</source>
            <translation>Large transfer: or monthly outflow as share of last month's AUM of</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="84" />
            <source>大额转出：按比例判断时流出至少</source>
            <translation>Large transfer: minimum outflow for the share test</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="86" />
            <source>活跃度：本月笔数不超过近3个月平均的</source>
            <translation>Activity: transactions this month at most this share of the 3-month average</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="89" />
            <source>活跃度：近3个月平均笔数至少</source>
            <translation>Activity: 3-month average transactions of at least</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="91" />
            <source>活跃度：连续无交易的月数</source>
            <translation>Activity: months in a row with no transactions</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="93" />
            <source>风险等级“高”的分数线</source>
            <translation>Score for risk level “High”</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="94" />
            <source>风险等级“中”的分数线</source>
            <translation>Score for risk level “Medium”</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="95" />
            <source>回测：观察其后几个月</source>
            <translation>Backtest: months to observe afterwards</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="96" />
            <source>回测：资产下降多少算流失</source>
            <translation>Backtest: AUM drop that counts as lost</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="98" />
            <source>学习模型：至少需要的流失样本数</source>
            <translation>Learned model: minimum lost customers to train</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="101" />
            <source>维护周期：私行客户至少每几天联系一次（0为不要求）</source>
            <translation>Cadence: contact Private customers every N days (0 = no requirement)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="102" />
            <source>维护周期：钻石客户至少每几天联系一次（0为不要求）</source>
            <translation>Cadence: contact Diamond customers every N days (0 = no requirement)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="103" />
            <source>维护周期：白金客户至少每几天联系一次（0为不要求）</source>
            <translation>Cadence: contact Platinum customers every N days (0 = no requirement)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="104" />
            <source>维护周期：金卡客户至少每几天联系一次（0为不要求）</source>
            <translation>Cadence: contact Gold customers every N days (0 = no requirement)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="105" />
            <source>维护周期：大众客户至少每几天联系一次（0为不要求）</source>
            <translation>Cadence: contact Mass customers every N days (0 = no requirement)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="106" />
            <source>预警生成后须在几个工作日内联系客户</source>
            <translation>Working days to contact the customer after a warning</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="107" />
            <source>挽留效果：预警后几天内联系算“及时联系”</source>
            <translation>Retention: days after a warning that count as “in time”</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="108" />
            <source>联系记录、反馈等文字最多几个字</source>
            <translation>Maximum length of contact notes, feedback and other text (characters)</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="109" />
            <source>服务考核权重：维护覆盖率</source>
            <translation>Scorecard weight: care coverage</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="110" />
            <source>服务考核权重：预警及时联系率</source>
            <translation>Scorecard weight: timely warning contact</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="111" />
            <source>服务考核权重：预警客户挽留率</source>
            <translation>Scorecard weight: warning retention rate</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="112" />
            <source>服务考核权重：管户资产保有率</source>
            <translation>Scorecard weight: managed AUM retention</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="113" />
            <source>服务考核权重：跟进按时率</source>
            <translation>Scorecard weight: on-time follow-up</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="162" />
            <source>没有这个设置项「{key}」。可用的设置项：{keys}</source>
            <translation>There is no setting “{key}”. Settings: {keys}</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="237" />
            <source>「{value}」不是客户等级。可用：{valid}</source>
            <translation>“{value}” is not a tier. Valid: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="242" />
            <source>金额，如 5万、50000、50,000.00元</source>
            <translation>an amount, e.g. 5万, 50000, 50,000.00元</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="244" />
            <source>整数</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="247" />
            <source>「{value}」不是有效的值，{label}应填{hint}</source>
            <translation>“{value}” is not valid; {label} takes {hint}</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="260" />
            <source>{label}须{valid}，「{value}」超出范围</source>
            <translation>{label} must be {valid}; “{value}” is out of range</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="255" />
            <source>在 {low} 至 {high} 之间</source>
            <translation>between {low} and {high}</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="257" />
            <source>不小于 {low}</source>
            <translation>at least {low}</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="328" />
            <source>{low}（{low_value}）须低于{high}（{high_value}）</source>
            <translation>{low} ({low_value}) must be below {high} ({high_value})</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="115" />
            <source>无操作几分钟后锁定窗口</source>
            <translation>Lock the window after this many idle minutes</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="116" />
            <source>月度资产数据保留几个月</source>
            <translation>Months to keep monthly asset data</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="117" />
            <source>联系记录与意见反馈保留几个月</source>
            <translation>Months to keep contact records and feedback</translation>
        </message>
        <message>
            <location filename="../../core/settings.py" line="118" />
            <source>审计日志保留几个月（至少6个月）</source>
            <translation>Months to keep the audit log (at least 6)</translation>
        </message>
    </context>
    <context>
        <name>SettingsModel</name>
        <message>
            <location filename="../../ui/models/settings_model.py" line="25" />
            <source>设置项</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../../ui/models/settings_model.py" line="26" />
            <source>当前值</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../ui/models/settings_model.py" line="27" />
            <source>默认值</source>
            <translation>Default</translation>
        </message>
        <message>
            <location filename="../../ui/models/settings_model.py" line="86" />
            <source>双击修改；填“默认”恢复默认值。键：{key}</source>
            <translation>Double-click to edit; enter “默认” (default) to restore the default. Key: {key}</translation>
        </message>
        <message>
            <location filename="../../ui/models/settings_model.py" line="137" />
            <source>未能保存（{kind}），数据库未作修改。</source>
            <translation>Not saved ({kind}); the database was not changed.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="76" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="85" />
            <source>员工</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="86" />
            <source>界面语言</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="91" />
            <source>业务设置保存在数据库中，随数据一起备份；双击“当前值”修改，按 Enter 确认。</source>
            <translation>Business settings are kept in the database and backed up with the data. Double-click a value to change it; Enter confirms.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="137" />
            <source>未保存：{why}</source>
            <translation>Not saved: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="142" />
            <source>已保存。相关清单将按新设置重新计算。</source>
            <translation>Saved. Affected lists will be recalculated.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="54" />
            <location filename="../../ui/pages/settings_page.py" line="159" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="43" />
            <source>客户等级</source>
            <translation>Customer tiers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="44" />
            <source>按月末金融资产划分等级；低于等级标准的客户先列为“关注”，连续数月后降级。</source>
            <translation>Tiers by month-end AUM; a customer below the tier's threshold is first put on watch, and moves down after several months.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="45" />
            <source>预警规则</source>
            <translation>Warning rules</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="46" />
            <source>各项流失信号的触发条件。修改后，下次打开流失预警时按新设置重新计算。</source>
            <translation>When each attrition signal fires. After a change, the at-risk list is recomputed with the new settings when next opened.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="47" />
            <source>规则权重与分数线</source>
            <translation>Rule weights and score lines</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="48" />
            <source>每条规则触发时最多加多少分，以及“高”“中”风险的分数线。</source>
            <translation>The most points each rule adds when it fires, and the score lines for high and medium risk.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="49" />
            <source>维护周期与考核</source>
            <translation>Cadences and scorecard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="50" />
            <source>各等级客户的联系周期、预警联系时限和服务考核权重。</source>
            <translation>Contact cadence per tier, the time allowed to contact a warned customer, and the scorecard weights.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="51" />
            <source>安全与保留</source>
            <translation>Security and retention</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="52" />
            <source>无操作多少分钟后锁定窗口；月度快照、联系记录和审计日志各保留多少个月（审计日志至少 6 个月）。</source>
            <translation>How many idle minutes before the window locks, and how many months monthly snapshots, contact records and the audit log are kept (the audit log at least 6 months).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="54" />
            <location filename="../../ui/pages/settings_page.py" line="161" />
            <source>工号</source>
            <translation>Staff no.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="55" />
            <source>岗位</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="55" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="56" />
            <source>管户客户</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="56" />
            <source>未结预警</source>
            <translation>Open warnings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="166" />
            <source>登记员工</source>
            <translation>Add staff</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="171" />
            <source>新员工：</source>
            <translation>New staff:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="184" />
            <source>导入时按清单中的管户经理自动建立员工；在这里可补登工号或登记新员工。</source>
            <translation>Staff are created from the managers in imported lists; here you can add staff numbers or new staff.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="197" />
            <source>（未登记）</source>
            <translation>(not registered)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="197" />
            <source>在岗</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="197" />
            <source>停用</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="230" />
            <source>已登记：{name}（{no}）</source>
            <translation>Added: {name} ({no})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="241" />
            <source>未能保存（{kind}），数据库未作修改。</source>
            <translation>Not saved ({kind}); the database was not changed.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="253" />
            <source>界面语言保存在本机，重新启动留客后生效。</source>
            <translation>The language is saved on this computer and applies after Liuke restarts.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="259" />
            <source>界面语言(&amp;L)</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="267" />
            <source>已保存。重新启动留客后界面将使用 {name}。</source>
            <translation>Saved. Liuke will use {name} after a restart.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="46" />
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="52" />
            <source>登录留客</source>
            <translation>Sign in to Liuke</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="54" />
            <source>数据库：{path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="66" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="69" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="71" />
            <source>用户名(&amp;U)</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="72" />
            <source>密码(&amp;P)</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="84" />
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="86" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="107" />
            <source>请输入用户名和密码。</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="115" />
            <source>正在验证…</source>
            <translation>Checking…</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="88" />
            <source>更改预警状态</source>
            <translation>Change warning status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="100" />
            <source>{customer}：当前状态「{now}」</source>
            <translation>{customer}: currently “{now}”</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="103" />
            <source>改为(&amp;S)</source>
            <translation>Change &amp;to</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="104" />
            <source>原因/备注(&amp;N)</source>
            <translation>Reason / &amp;note</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="117" />
            <source>关闭预警（已挽留、已流失、误报）须填写原因。</source>
            <translation>Closing a warning (Retained, Lost, False alarm) needs a reason.</translation>
        </message>
    </context>
    <context>
        <name>Tiers</name>
        <message>
            <location filename="../../core/risk/tiers.py" line="22" />
            <source>大众</source>
            <translation>Mass</translation>
        </message>
        <message>
            <location filename="../../core/risk/tiers.py" line="23" />
            <source>金卡</source>
            <translation>Gold</translation>
        </message>
        <message>
            <location filename="../../core/risk/tiers.py" line="24" />
            <source>白金</source>
            <translation>Platinum</translation>
        </message>
        <message>
            <location filename="../../core/risk/tiers.py" line="25" />
            <source>钻石</source>
            <translation>Diamond</translation>
        </message>
        <message>
            <location filename="../../core/risk/tiers.py" line="26" />
            <source>私行</source>
            <translation>Private</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../../ui/widgets/trend_chart.py" line="64" />
            <source>{month}月</source>
            <translation>{month}</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="35" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="51" />
            <source>修改账户</source>
            <translation>Edit account</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="51" />
            <source>新建账户</source>
            <translation>New account</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="56" />
            <source>登录用的名字，如 zhangwei，不含空格</source>
            <translation>Name used to sign in, e.g. zhangwei, no spaces</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="60" />
            <source>姓名，如 张伟</source>
            <translation>Full name, e.g. Zhang Wei</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="69" />
            <source>（不对应人员）</source>
            <translation>(no staff record)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="76" />
            <source>客户经理、柜员按对应的人员记录决定能看到哪些客户。</source>
            <translation>For relationship managers and tellers, the linked staff record decides which customers they see.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="85" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="86" />
            <source>显示名</source>
            <translation>Display name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="87" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="89" />
            <source>对应人员</source>
            <translation>Staff record</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="92" />
            <source>初始密码</source>
            <translation>Initial password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="92" />
            <source>再输入一次</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="93" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="93" />
            <source>创建账户</source>
            <translation>Create account</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="96" />
            <source>初始密码请当面告知本人；首次登录时须改为自己的密码。</source>
            <translation>Give the initial password to the person face to face; they must change it at first sign-in.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="127" />
            <source>请填写用户名。</source>
            <translation>Enter a user name.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="129" />
            <source>用户名不能含空格。</source>
            <translation>A user name cannot contain spaces.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="131" />
            <source>请填写显示名（姓名）。</source>
            <translation>Enter a display name (full name).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/user_dialog.py" line="133" />
            <source>请为客户经理选择对应的人员记录（没有时先在“设置 → 员工”中登记）。</source>
            <translation>Choose the relationship manager's staff record (if there is none, add it first under “Settings → Staff”).</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/pages/users_page.py" line="77" />
            <source>新建账户…</source>
            <translation>New account…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="80" />
            <source>修改…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="82" />
            <location filename="../../ui/pages/users_page.py" line="190" />
            <location filename="../../ui/pages/users_page.py" line="242" />
            <source>停用</source>
            <translation>Disable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="84" />
            <source>重置密码…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="97" />
            <source>账户</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="99" />
            <source>每位使用留客的员工一个账户；角色决定能看到和操作什么。账户不会被删除（审计日志要引用它），不再使用时停用即可。密码连续输错 5 次锁定 30 分钟，“启用/解锁”可立即解除。</source>
            <translation>One account for each employee who uses Liuke; the role decides what they can see and do. Accounts are never deleted (the audit log refers to them): disable one that is no longer used. Five wrong passwords in a row lock an account for 30 minutes; “Enable/Unlock” lifts the lock at once.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="116" />
            <source>下次登录时须设置新密码</source>
            <translation>Must set a new password at next sign-in</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="126" />
            <source>已停用</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="128" />
            <source>锁定至 {time}</source>
            <translation>Locked until {time}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="130" />
            <source>正常</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="131" />
            <source>（待改密码）</source>
            <translation> (password change due)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="154" />
            <source>共 {n} 个账户</source>
            <translation>{n} accounts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="186" />
            <source>启用</source>
            <translation>Enable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="188" />
            <source>解锁</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="239" />
            <source>停用后 {name} 不能再登录，直到再次启用。其已有的记录和审计日志保留不变。</source>
            <translation>Once disabled, {name} cannot sign in until the account is enabled again. Their existing records and audit log entries are kept.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="241" />
            <source>这是您当前登录的账户：停用后您将无法再登录，需要另一位管理员为您启用。</source>
            <translation>This is the account you are signed in with: once it is disabled you cannot sign in again until another administrator enables it.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="242" />
            <source>停用账户</source>
            <translation>Disable account</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="111" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="112" />
            <source>显示名</source>
            <translation>Display name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="113" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="114" />
            <source>对应人员</source>
            <translation>Staff record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="115" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="117" />
            <source>上次登录</source>
            <translation>Last sign-in</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="208" />
            <source>已创建账户 {name}（{role}）。请把初始密码当面告知本人；首次登录须改为自己的密码。</source>
            <translation>Account {name} ({role}) created. Give the initial password to the person face to face; they must change it at first sign-in.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="227" />
            <source>已保存账户 {name} 的修改。</source>
            <translation>Changes to account {name} saved.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="268" />
            <source>已重置 {name} 的密码。请当面告知临时密码；其下次登录时须设置新密码。</source>
            <translation>Password of {name} reset. Give them the temporary password face to face; they must set a new one at next sign-in.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="247" />
            <source>已停用账户 {name}。</source>
            <translation>Account {name} disabled.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users_page.py" line="251" />
            <source>账户 {name} 已启用，可以登录。</source>
            <translation>Account {name} enabled; they can sign in.</translation>
        </message>
    </context>
    <context>
        <name>WarningActions</name>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="44" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warning_actions.py" line="45" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Warnings</name>
        <message>
            <location filename="../../core/risk/warnings.py" line="26" />
            <source>新预警</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="27" />
            <source>已分派</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="28" />
            <source>已联系</source>
            <translation>Contacted</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="29" />
            <source>已挽留</source>
            <translation>Retained</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="30" />
            <source>已流失</source>
            <translation>Lost</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="31" />
            <source>误报</source>
            <translation>False alarm</translation>
        </message>
        <message>
            <location filename="../../core/risk/warning_queries.py" line="18" />
            <source>生成预警</source>
            <translation>Warning raised</translation>
        </message>
        <message>
            <location filename="../../core/risk/warning_queries.py" line="19" />
            <source>新一期仍有预警信号</source>
            <translation>Still flagged in new month</translation>
        </message>
        <message>
            <location filename="../../core/risk/warning_queries.py" line="20" />
            <source>状态变更</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <location filename="../../core/risk/warning_queries.py" line="98" />
            <source>找不到客户号「{no}」</source>
            <translation>Customer no. “{no}” not found</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="81" />
            <source>没有「{value}」这个状态。可用的状态：{valid}</source>
            <translation>There is no status “{value}”. Valid statuses: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="119" />
            <source>客户「{no}」没有预警</source>
            <translation>Customer “{no}” has no warning</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="124" />
            <source>客户「{no}」的预警已关闭（{status}），不能再修改</source>
            <translation>Customer “{no}”'s warning is closed ({status}) and can no longer change</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="129" />
            <source>预警已是「{status}」</source>
            <translation>The warning is already “{status}”</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="133" />
            <source>预警当前为「{now}」，不能改为「{to}」。可改为：{valid}</source>
            <translation>The warning is “{now}” and cannot change to “{to}”. Possible: {valid}</translation>
        </message>
        <message>
            <location filename="../../core/risk/warnings.py" line="141" />
            <source>改为「{to}」即关闭预警，须填写原因（备注）</source>
            <translation>Changing to “{to}” closes the warning; a reason (note) is required</translation>
        </message>
    </context>
    <context>
        <name>WorklistModel</name>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="24" />
            <source>客户号</source>
            <translation>Customer no.</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="25" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="26" />
            <source>等级</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="27" />
            <source>风险</source>
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="28" />
            <source>预警状态</source>
            <translation>Warning status</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="29" />
            <source>涉险资产（元）</source>
            <translation>At risk (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="30" />
            <source>金融资产（元）</source>
            <translation>AUM (CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="31" />
            <source>分数</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="32" />
            <source>管户经理</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="33" />
            <source>预警原因</source>
            <translation>Warning reasons</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="151" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="155" />
            <source>本月未在册</source>
            <translation>Not on file this month</translation>
        </message>
    </context>
    <context>
        <name>WorklistPage</name>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="146" />
            <source>流失预警</source>
            <translation>Churn warnings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="148" />
            <source>高价值客户工作清单，按涉险资产从高到低排列；选中多行可一次分派。</source>
            <translation>High-value customers, most AUM at risk first; select several rows to assign them at once.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="157" />
            <source>月份(&amp;P)</source>
            <translation>&amp;Month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="157" />
            <source>风险(&amp;L)</source>
            <translation>Risk &amp;level</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="158" />
            <source>状态(&amp;T)</source>
            <translation>Sta&amp;tus</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="158" />
            <source>管户经理(&amp;G)</source>
            <translation>Mana&amp;ger</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="159" />
            <source>原因(&amp;R)</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="167" />
            <source>分派给…</source>
            <translation>Assign to…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="169" />
            <source>把选中的客户分派给一位管户经理（Ctrl+D）</source>
            <translation>Assign the selected customers to a relationship manager (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="170" />
            <source>更改状态…</source>
            <translation>Change status…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="171" />
            <source>推进或关闭选中客户的预警（Ctrl+E）</source>
            <translation>Move on or close the selected warnings (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="172" />
            <source>客户详情</source>
            <translation>Customer details</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="173" />
            <source>打开客户详情（Enter 或双击）</source>
            <translation>Open customer details (Enter or double-click)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="174" />
            <source>重新计算</source>
            <translation>Recalculate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="175" />
            <source>按当前设置重新计算本月的等级、评分和预警</source>
            <translation>Recalculate this month's tiers, scores and warnings with the current settings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="242" />
            <source>（最新）</source>
            <translation> (latest)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="244" />
            <source>（无数据）</source>
            <translation>(no data)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="265" />
            <source>正在读取…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="269" />
            <source>未能读取预警清单</source>
            <translation>Could not load the warning list</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="305" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="310" />
            <source>无预警</source>
            <translation>No warning</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="313" />
            <source>（未分配）</source>
            <translation>(unassigned)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="340" />
            <source>显示 {shown} / {total} 户，涉险资产 {stake} 万元</source>
            <translation>Showing {shown} of {total} customers, {stake} ×10k CNY at risk</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="368" />
            <source>把选中的 {n} 位客户分派给：</source>
            <translation>Assign the {n} selected customers to:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="377" />
            <source>分派</source>
            <translation>Assign</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="377" />
            <source>已分派 {n} 户；以下未能分派：
{why}</source>
            <translation>{n} assigned; these could not be assigned:
{why}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="393" />
            <source>更改预警状态</source>
            <translation>Change warning status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="418" />
            <source>正在处理…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/worklist_page.py" line="419" />
            <source>未能完成</source>
            <translation>Not completed</translation>
        </message>
        <message>
            <source>未能完成（{kind}），数据库未作修改。</source>
            <translation type="vanished">Not completed ({kind}); the database is unchanged.</translation>
        </message>
    </context>
</TS>