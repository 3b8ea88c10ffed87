<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../console/ui/about_dialog.py" line="+162"/>
        <source>About Composure</source>
        <translation>关于 Composure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the versions and paths, e.g. for a support request</source>
        <translation>复制版本和路径信息，例如用于技术支持请求</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor console for contact-center floors: a live team board from the Asterisk queue_log, recovery breaks after difficult calls, and escalations that keep their promises. It counts events; it never infers anyone&apos;s emotions.</source>
        <translation>面向呼叫中心现场的主管控制台：基于 Asterisk queue_log 的实时班组看板、棘手来电后的恢复性休息，以及确保兑现回电承诺的升级投诉管理。它只统计事件，从不推断任何人的情绪。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composure is free software under the MIT licence. The libraries it bundles are listed under “Licences”.</source>
        <translation>Composure 是采用 MIT 许可证的自由软件。其附带的库列于“许可证”页中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text detector</source>
        <translation>文本检测器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenCC dictionaries</source>
        <translation>OpenCC 词典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in traditional Chinese table</source>
        <translation>内置繁体中文对照表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aho-Corasick (C)</source>
        <translation>Aho-Corasick (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aho-Corasick (Python)</source>
        <translation>Aho-Corasick (Python)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Homepage</source>
        <translation>主页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Double-click a row to open the library&apos;s homepage, where its licence text and source code are published.</source>
        <translation>双击某行可打开该库的主页，其中发布了许可证文本和源代码。</translation>
    </message>
</context>
<context>
    <name>ActionPrompt</name>
    <message>
        <location filename="../../console/ui/escalations/work_dialog.py" line="+68"/>
        <source>Hand to</source>
        <translation>转交给</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="+25"/>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>已登出</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../../console/ui/board/agent_table_model.py" line="+329"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strain</source>
        <translation>压力指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In state</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>接听量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last call</source>
        <translation>上次通话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strain score 0-100, counted from events only (abusive calls, complaints, long calls, time without a break, occupancy)</source>
        <translation>压力指数 0–100，仅按实际发生的事件计算（辱骂来电、投诉、超长通话、连续工作未休息时长、占用率）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time in the current state, live</source>
        <translation>当前状态已持续的时间（实时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls answered today</source>
        <translation>今日已接听的来电数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average handle time today (talk + wrap-up per call)</source>
        <translation>今日平均处理时长（每通来电的通话 + 话后处理时长）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rings not answered today (RINGNOANSWER)</source>
        <translation>今日振铃未接次数（RINGNOANSWER）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the agent&apos;s last call today ended (local time)</source>
        <translation>该坐席今日最后一通来电的结束时间（本地时间）</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>{state} since {time}</source>
        <translation>自 {time} 起{state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery break until {time}</source>
        <translation>恢复性休息至 {time}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{state} in {queue}</source>
        <translation>{queue}队列：{state}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{t} left</source>
        <translation>剩余 {t}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{t} over</source>
        <translation>已超时 {t}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Strain {score} of 100 ({level})</source>
        <translation>压力指数 {score}/100（{level}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A 1:1 talk with the team lead is recommended</source>
        <translation>建议与组长进行一对一谈话</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time in state is within the usual range</source>
        <translation>状态时长在正常范围内</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Critical: {state} for longer than {limit}</source>
        <translation>严重：{state}已超过 {limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: {state} for longer than {limit}</source>
        <translation>警告：{state}已超过 {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Talk time today: {talk}</source>
        <translation>今日通话时长：{talk}</translation>
    </message>
</context>
<context>
    <name>AgentsTile</name>
    <message>
        <location filename="../../console/ui/board/kpi_strip.py" line="+135"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No agent available</source>
        <translation>没有空闲坐席</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} logged in</source>
        <translation>已登录 {n} 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{caption} · Paused: {reasons}</source>
        <translation>{caption} · 暂停：{reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agents by current state</source>
        <translation>按当前状态统计的坐席人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause reasons: {reasons}</source>
        <translation>暂停原因：{reasons}</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <location filename="../../console/ui/escalations/aging_chart.py" line="+33"/>
        <source>Open backlog by time left</source>
        <translation>未结升级投诉（按剩余时间）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours left</source>
        <translation>剩余小时数</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>late</source>
        <translation>已超时</translation>
    </message>
</context>
<context>
    <name>AlertsStrip</name>
    <message>
        <location filename="../../console/ui/care/alerts_strip.py" line="+55"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Acknowledged by {who} at {time}; greyed until it clears</source>
        <translation>已由 {who} 于 {time} 确认；在告警解除前保持灰显</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged; greyed until it clears</source>
        <translation>已确认；在告警解除前保持灰显</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>+{count} more</source>
        <translation>还有 {count} 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} more alerts ({open} not acknowledged): choose one to acknowledge it</source>
        <translation>还有 {count} 条告警（{open} 条未确认）：选择一条即可确认</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../console/ui/app.py" line="+116"/>
        <source>No font on this computer can show Chinese: its text appears as empty boxes. Install a CJK font (Debian and Ubuntu: sudo apt install fonts-noto-cjk) and start Composure again.</source>
        <translation>这台电脑上没有能显示中文的字体，中文会显示为空白方框。请安装中日韩字体（Debian 和 Ubuntu：sudo apt install fonts-noto-cjk），然后重新启动 Composure。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Composure</source>
        <translation>Composure</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot start the board:
{error}</source>
        <translation>无法启动看板：
{error}</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../../console/ui/preferences/appearance_page.py" line="+50"/>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These choices are yours: they are kept for your user on this computer, not in the floor&apos;s database.</source>
        <translation>这些选项仅对您本人生效：保存在本机您的用户配置中，而不是现场数据库中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme and language change when Composure starts next. The --theme and --lang options still override them for one run.</source>
        <translation>主题和语言将在下次启动 Composure 时生效。--theme 和 --lang 选项仍可在单次运行时覆盖这些设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
</context>
<context>
    <name>ArrangeCoachingDialog</name>
    <message>
        <location filename="../../console/ui/coaching/arrange_dialog.py" line="+66"/>
        <source>Arrange peer coaching</source>
        <translation>安排同伴辅导</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Peer coaching for &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>为 &lt;b&gt;{agent}&lt;/b&gt; 安排同伴辅导</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+129"/>
        <source>No particular call</source>
        <translation>不指定来电</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Coach</source>
        <translation>辅导员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+43"/>
        <source>Looking for coaches…</source>
        <translation>正在查找辅导员…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>What should the coach look at? For example: calming a caller who shouts</source>
        <translation>辅导员应关注什么？例如：如何安抚大声叫嚷的来电者</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call to review:</source>
        <translation>复盘来电：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus:</source>
        <translation>重点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>截止时间：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrange</source>
        <translation>安排</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested coaches</source>
        <translation>推荐辅导员</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The session was not arranged: {error}</source>
        <translation>未能安排辅导：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not rank coaches: {error}</source>
        <translation>无法为辅导员排序：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also possible</source>
        <translation>也可选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available now</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Best first: same call category (queue), same team, fewest sessions this week, then experience.</source>
        <translation>排序依次参考：来电类别（队列）相同、同班组、本周辅导次数最少，最后看经验。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../console/ui/audit/action_texts.py" line="+14"/>
        <source>Floor alert</source>
        <translation>现场告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery break</source>
        <translation>恢复性休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>来电者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer coaching</source>
        <translation>同伴辅导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1 talk</source>
        <translation>一对一谈话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abuse flag</source>
        <translation>辱骂标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue for management</source>
        <translation>管理层问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue cause</source>
        <translation>问题原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor settings</source>
        <translation>现场设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs list</source>
        <translation>需求列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift report</source>
        <translation>班次报表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed off</source>
        <translation>已转交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as a repeat abuser</source>
        <translation>已标记为反复辱骂者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note added</source>
        <translation>已添加备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock paused</source>
        <translation>计时已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promise changed</source>
        <translation>承诺已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old text purged</source>
        <translation>旧文本已清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock resumed</source>
        <translation>计时已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status changed</source>
        <translation>状态已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alerts changed</source>
        <translation>告警设置已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks changed</source>
        <translation>休息设置已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service level changed</source>
        <translation>服务水平设置已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strain changed</source>
        <translation>压力指数设置已更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retention changed</source>
        <translation>保留期限已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backups kept changed</source>
        <translation>备份保留数已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift end changed</source>
        <translation>班次结束时间已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full caller numbers changed</source>
        <translation>完整来电号码设置已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI secret changed</source>
        <translation>AMI 密码已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym key created</source>
        <translation>已创建化名密钥</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} · {done}</source>
        <translation>{what} · {done}</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../console/ui/audit/audit_dialog.py" line="+48"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search who, what, subject, details…</source>
        <translation>搜索操作人、操作、对象、详情…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading the audit log…</source>
        <translation>正在读取审计日志…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the audit log: {error}</source>
        <translation>无法读取审计日志：{error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{shown} of {total} entries</source>
        <translation>显示 {shown} / {total} 条记录</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../console/ui/audit/audit_model.py" line="+59"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <location filename="../../console/ui/escalations/backlog_model.py" line="+151"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Due {when}</source>
        <translation>截止时间：{when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clock is paused while waiting on the customer</source>
        <translation>等待客户回复期间计时暂停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust at the first reply: (1 − reply / promise) × 100 = {t:.0f}</source>
        <translation>首次答复时的客户信任度：(1 − 答复用时 / 承诺时限) × 100 = {t:.0f}</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../console/ui/actions.py" line="+26"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Ingest problems</source>
        <translation>数据接入问题(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export shift report…</source>
        <translation>导出班次报告(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Composure</source>
        <translation>关于 Composure(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>BoardStatusBar</name>
    <message>
        <location filename="../../console/ui/status_bar.py" line="+70"/>
        <source>Ingest: no source</source>
        <translation>数据接入：无数据源</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Last event: {time}</source>
        <translation>最新事件：{time}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Problems: {n}</source>
        <translation>问题：{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines the reader could not use — click to list them</source>
        <translation>无法使用的数据行 — 点击查看列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown events: {n}</source>
        <translation>未知事件：{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events this version does not know; kept as-is and counted</source>
        <translation>当前版本无法识别的事件；已原样保留并计数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingest: OK</source>
        <translation>数据接入：正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingest: waiting for file</source>
        <translation>数据接入：等待文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The queue_log file does not exist yet</source>
        <translation>queue_log 文件尚不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingest: database locked, retrying</source>
        <translation>数据接入：数据库被锁定，正在重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingest: {status}</source>
        <translation>数据接入：{status}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asterisk Manager Interface {host}:{port}</source>
        <translation>Asterisk 管理接口 {host}:{port}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last AMI event: {time}</source>
        <translation>最新 AMI 事件：{time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AMI: connected, last event {time}</source>
        <translation>AMI：已连接，最新事件 {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMI: connecting…</source>
        <translation>AMI：正在连接…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMI: login failed</source>
        <translation>AMI：登录失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>(retry in {n} s)</source>
        <translation>（{n} 秒后重试）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>AMI: unreachable</source>
        <translation>AMI：无法连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AMI: reconnecting in {n} s</source>
        <translation>AMI：{n} 秒后重新连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMI: stopped</source>
        <translation>AMI：已停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AMI: error</source>
        <translation>AMI：出错</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingest: error, retrying</source>
        <translation>数据接入：出错，正在重试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Board: cannot read the database, retrying</source>
        <translation>看板：无法读取数据库，正在重试</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../console/ui/board/board_view.py" line="+89"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search agents…</source>
        <translation>搜索坐席…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Queues today</source>
        <translation>今日各队列</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No data source</source>
        <translation>没有数据源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &lt;code&gt;composure demo&lt;/code&gt; to watch a simulated floor, or start with &lt;code&gt;--queue-log FILE&lt;/code&gt; to follow an Asterisk queue_log.</source>
        <translation>运行 &lt;code&gt;composure demo&lt;/code&gt; 查看模拟的呼叫中心现场，或使用 &lt;code&gt;--queue-log FILE&lt;/code&gt; 启动，跟踪 Asterisk 的 queue_log 文件。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{n} agents</source>
        <translation>共 {n} 名坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {n} agents</source>
        <translation>显示 {shown} / {n} 名坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} · order held while pointing</source>
        <translation>{count} · 指针在表上时暂停排序</translation>
    </message>
</context>
<context>
    <name>BreaksPanel</name>
    <message>
        <location filename="../../console/ui/care/breaks_panel.py" line="+107"/>
        <source>Recovery breaks</source>
        <translation>恢复性休息</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needs a break now</source>
        <translation>现在需要休息</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Strain</source>
        <translation>压力指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grant break…</source>
        <translation>安排休息…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody needs a recovery break right now.</source>
        <translation>目前没有人需要恢复性休息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agents to watch</source>
        <translation>需关注的坐席</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a recovery break</source>
        <translation>正在恢复性休息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>1:1 talk</source>
        <translation>一对一谈话</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>End break</source>
        <translation>结束休息</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>1:1 talk recommended</source>
        <translation>建议一对一谈话</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>+{n} more</source>
        <translation>另有 {n} 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch, under the break threshold: {names}</source>
        <translation>需关注（未达休息阈值）：{names}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starts when the call ends</source>
        <translation>通话结束后开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{t} left</source>
        <translation>剩余 {t}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{t} over</source>
        <translation>已超时 {t}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Granted at {time} during a call: the {n} minutes start counting when the call ends</source>
        <translation>{time} 通话中批准：{n} 分钟在通话结束后开始倒计时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: due back at {time}</source>
        <translation>已超时：应于 {time} 返回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due back at {time}</source>
        <translation>应于 {time} 返回</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <location filename="../../console/ui/calls/calls_table_model.py" line="+70"/>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>已转接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>超时退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left by key press</source>
        <translation>按键退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agents</source>
        <translation>无坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost (no end seen)</source>
        <translation>丢失（无结束记录）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered; the caller hung up</source>
        <translation>已接听；来电者挂断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered; the agent hung up</source>
        <translation>已接听；坐席挂断</translation>
    </message>
</context>
<context>
    <name>CallsDock</name>
    <message>
        <location filename="../../console/ui/calls/calls_dock.py" line="+45"/>
        <source>Recent calls</source>
        <translation>最近来电</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter: agent, queue or caller digits</source>
        <translation>筛选：坐席、队列或来电号码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other endings</source>
        <translation>其他结束方式</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>1 call</source>
        <translation>1 通来电</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calls</source>
        <translation>
            <numerusform>%n 通来电</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{agent} ({queue}, {time})</source>
        <translation>{agent}（{queue}，{time}）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Flag abusive call…</source>
        <translation>标记辱骂来电…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open agent</source>
        <translation>查看坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/calls/floor_calls.py" line="+32"/>
        <source>Check call notes for abuse…</source>
        <translation>检查通话记录中的辱骂内容…</translation>
    </message>
</context>
<context>
    <name>CallsTableModel</name>
    <message>
        <location filename="../../console/ui/calls/calls_table_model.py" line="+102"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flagged as abusive</source>
        <translation>已标记为辱骂</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last four digits only</source>
        <translation>仅显示后四位</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Flagged as abusive · {severity}</source>
        <translation>已标记为辱骂 · {severity}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered the queue at {time} · call {callid}</source>
        <translation>{time} 进入队列 · 来电 {callid}</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../console/ui/care/texts.py" line="+29"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 abusive call just now</source>
        <translation>刚刚 1 次辱骂来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 abusive call %1 ago</source>
        <translation>%1前 1 次辱骂来电</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n abusive calls in %1</source>
        <translation>
            <numerusform>%1内 %n 次辱骂来电</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 threat just now</source>
        <translation>刚刚 1 次威胁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 threat %1 ago</source>
        <translation>%1前 1 次威胁</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n threats in %1</source>
        <translation>
            <numerusform>%1内 %n 次威胁</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 complaint in %1</source>
        <translation>%1内 1 次投诉</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n complaints in %1</source>
        <translation>
            <numerusform>%1内 %n 次投诉</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 escalated call in %1</source>
        <translation>%1内 1 通升级来电</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n escalated calls in %1</source>
        <translation>
            <numerusform>%1内 %n 通升级来电</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 very long call in %1</source>
        <translation>%1内 1 通超长通话</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n very long calls in %1</source>
        <translation>
            <numerusform>%1内 %n 通超长通话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strain carried over from the previous shift</source>
        <translation>上一班次遗留的压力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{p} % occupancy in the last hour</source>
        <translation>过去一小时占用率 {p}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{d} since last break</source>
        <translation>距上次休息已 {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>threat or harassment flagged: break and 1:1 talk now</source>
        <translation>已标记威胁或骚扰：请立即安排休息和一对一谈话</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break recommended</source>
        <translation>建议休息</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Insult / profanity</source>
        <translation>侮辱 / 脏话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harassment</source>
        <translation>骚扰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat abuse</source>
        <translation>反复辱骂</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone system</source>
        <translation>电话系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA import</source>
        <translation>质检导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detector</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 · Abusive</source>
        <translation>1 · 辱骂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Severe</source>
        <translation>2 · 严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Threat / harassment</source>
        <translation>3 · 威胁 / 骚扰</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 call waiting</source>
        <translation>1 通来电排队中</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calls waiting</source>
        <translation>
            <numerusform>%n 通来电排队中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest wait {t}</source>
        <translation>最长等待 {t}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service level {sl} (30 min) under target {target}</source>
        <translation>服务水平 {sl}（30 分钟）低于目标 {target}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 abandon in the last hour</source>
        <translation>过去一小时 1 通放弃</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n abandons in the last hour</source>
        <translation>
            <numerusform>过去一小时 %n 通放弃</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agent available</source>
        <translation>无空闲坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strain over threshold: {agent}</source>
        <translation>压力指数超过阈值：{agent}</translation>
    </message>
</context>
<context>
    <name>CauseCountModel</name>
    <message>
        <location filename="../../console/ui/positives/issue_models.py" line="+66"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>上报数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} reports today · {issues} issues: {open} open, {sent} sent to management, {fixed} fixed</source>
        <translation>今日上报 {n} 次 · 共 {issues} 个问题：{open} 个未解决，{sent} 个已提交管理层，{fixed} 个已修复</translation>
    </message>
</context>
<context>
    <name>CausesDialog</name>
    <message>
        <location filename="../../console/ui/positives/causes_dialog.py" line="+38"/>
        <source>Causes of issues for management</source>
        <translation>管理层问题的原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The causes leads choose from when they report an issue. Archived causes are no longer offered; their issues stay counted.</source>
        <translation>组长上报问题时可选择的原因。已归档的原因不再提供选择，但其相关问题仍计入统计。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>{cause} (archived)</source>
        <translation>{cause}（已归档）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a cause</source>
        <translation>添加原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name (leave empty for the standard name):</source>
        <translation>名称（留空则使用标准名称）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename cause</source>
        <translation>重命名原因</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <location filename="../../console/ui/coaching/history_dialog.py" line="+54"/>
        <source>focus: {text}</source>
        <translation>重点：{text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs: {needs}</source>
        <translation>需求：{needs}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>went well: {text}</source>
        <translation>做得好：{text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>differently: {text}</source>
        <translation>可改进：{text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>{queue} call</source>
        <translation>{queue} 来电</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Coached a colleague</source>
        <translation>辅导了同事</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Abuse flag: {category} ({severity})</source>
        <translation>辱骂标记：{category}（{severity}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery break, {n} min</source>
        <translation>恢复性休息，{n} 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running now</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back after {n} min</source>
        <translation>{n} 分钟后返回</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with a 1:1 talk</source>
        <translation>含一对一谈话</translation>
    </message>
    <message>
        <location filename="../../console/ui/coaching/needs_widgets.py" line="+45"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../console/ui/coaching/request_dialog.py" line="+50"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../console/ui/coaching/texts.py" line="+27"/>
        <source>unknown tenure</source>
        <translation>在岗时长未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under a month</source>
        <translation>不到一个月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 month</source>
        <translation>1个月</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n months</source>
        <translation>
            <numerusform>%n个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>takes {queue} calls</source>
        <translation>接听 {queue} 来电</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same team</source>
        <translation>同班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coach</source>
        <translation>辅导员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tenure} on the floor</source>
        <translation>在岗{tenure}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sessions this week</source>
        <translation>本周无辅导</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 session this week</source>
        <translation>本周 1 次辅导</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sessions this week</source>
        <translation>
            <numerusform>本周 %n 次辅导</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no start date on the roster and no coach mark</source>
        <translation>人员名册中无入职日期，且无辅导员标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only {tenure} on the floor, no coach mark</source>
        <translation>仅在岗{tenure}，且无辅导员标记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>under strain ({score})</source>
        <translation>压力指数偏高（{score}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a recovery break</source>
        <translation>正在恢复性休息</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>already %n sessions this week</source>
        <translation>
            <numerusform>本周已有 %n 次辅导</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody else is on the roster</source>
        <translation>人员名册中没有其他人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n with too little experience and no coach mark</source>
        <translation>
            <numerusform>%n 人经验不足且无辅导员标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n under strain</source>
        <translation>
            <numerusform>%n 人压力指数偏高</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on a recovery break</source>
        <translation>
            <numerusform>%n 人正在恢复性休息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fully booked this week</source>
        <translation>
            <numerusform>%n 人本周辅导已排满</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody else is on the roster yet. Import it with “composure ingest roster FILE”.</source>
        <translation>人员名册中还没有其他人。请用“composure ingest roster FILE”导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody can coach right now: {why}.</source>
        <translation>目前无人可担任辅导员：{why}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peer coaching</source>
        <translation>同伴辅导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1 talk</source>
        <translation>一对一谈话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peer</source>
        <translation>同伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation>一对一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A calmer hour</source>
        <translation>安排一小时轻松时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help with hard cases</source>
        <translation>疑难来电协助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A schedule change</source>
        <translation>调整排班</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+24"/>
        <source>no due time</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>overdue {n} min</source>
        <translation>已逾期 {n} 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue {n} h</source>
        <translation>已逾期 {n} 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue {n} days</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due {when}</source>
        <translation>截止 {when}</translation>
    </message>
</context>
<context>
    <name>CoachingDock</name>
    <message>
        <location filename="../../console/ui/coaching/coaching_dock.py" line="+45"/>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open sessions</source>
        <translation>待进行的辅导与谈话</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focus</source>
        <translation>重点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No coaching sessions or 1:1 talks planned.</source>
        <translation>暂无已计划的辅导或一对一谈话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record outcome…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent history…</source>
        <translation>坐席记录…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+105"/>
        <source>What the team needs</source>
        <translation>团队需求</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>What the team needs · latest 1:1 talk with 1 agent</source>
        <translation>团队需求 · 基于与 1 名坐席的最近一次一对一谈话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the team needs · latest 1:1 talks with {n} agents</source>
        <translation>团队需求 · 基于与 {n} 名坐席的最近一次一对一谈话</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No needs ranked in 1:1 talks in the last six weeks.</source>
        <translation>最近六周的一对一谈话中没有排定任何需求。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{need} ({n} of {total})</source>
        <translation>{need}（{n}/{total}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{need} ({who})</source>
        <translation>{need}（{who}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common:</source>
        <translation>共性需求：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal:</source>
        <translation>个人需求：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>DepthChart</name>
    <message>
        <location filename="../../console/ui/board/charts.py" line="+158"/>
        <source>Queue depth, last hour</source>
        <translation>排队数（最近一小时）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls waiting</source>
        <translation>排队中</translation>
    </message>
</context>
<context>
    <name>DetectorDialog</name>
    <message>
        <location filename="../../console/ui/care/detector_dialog.py" line="+63"/>
        <source>Check call notes for abuse</source>
        <translation>检查通话记录中的辱骂内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste call notes or a transcript, or open a notes file. The detector only &lt;b&gt;suggests&lt;/b&gt;: tick the lines you confirm as abusive. Nothing is saved until you press &lt;b&gt;Create flags&lt;/b&gt;; the confirmed lines of one call become one flag.</source>
        <translation>粘贴通话记录或转写文本，或打开记录文件。检测器仅&lt;b&gt;提供建议&lt;/b&gt;：请勾选您确认属于辱骂的行。按下&lt;b&gt;创建标记&lt;/b&gt;之前不会保存任何内容；同一通来电中确认的各行合并为一条标记。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the agent…</source>
        <translation>选择坐席…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call ID (optional)</source>
        <translation>通话 ID（可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste notes or a transcript here, one remark a line…</source>
        <translation>在此粘贴通话记录或转写文本，每行一句…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show lines without suggestions</source>
        <translation>显示无建议的行</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Create flags</source>
        <translation>创建标记</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Open call notes</source>
        <translation>打开通话记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and transcripts (*.txt *.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>通话记录和转写文本 (*.txt *.csv *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file}: no lines to check</source>
        <translation>{file}：没有可检查的行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines checked: {n} · with suggestions: {found}</source>
        <translation>已检查 {n} 行 · 有建议 {found} 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines checked: {n} · no abusive words found</source>
        <translation>已检查 {n} 行 · 未发现辱骂用语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable lines: {n} (hover for details)</source>
        <translation>无法读取 {n} 行（悬停查看详情）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the first {n} lines were checked</source>
        <translation>仅检查了前 {n} 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not check: {error}</source>
        <translation>无法检查：{error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The detector found nothing here.</source>
        <translation>检测器未发现任何问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Abuse detector suggestion, confirmed by a supervisor:</source>
        <translation>辱骂检测器建议，已经主管确认：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {n}: “{text}” — {category}, severity {severity}</source>
        <translation>第 {n} 行：“{text}”— {category}，严重程度 {severity}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick the lines you confirm as abusive.</source>
        <translation>请勾选您确认属于辱骂的行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the agent who took the call.</source>
        <translation>请选择接听该来电的坐席。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed lines: {lines} → flags to create: {flags}</source>
        <translation>已确认 {lines} 行 → 将创建 {flags} 条标记</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
</context>
<context>
    <name>DockTabs</name>
    <message>
        <location filename="../../console/ui/dock_tabs.py" line="+37"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations</source>
        <translation>升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positives</source>
        <translation>正面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>接入问题</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{title} ({n})</source>
        <translation>{title}（{n}）</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../../console/ui/escalations/work_dialog.py" line="+62"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>回电承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First reply</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From call</source>
        <translation>来源通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause clock…</source>
        <translation>暂停计时…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hand off…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change promise…</source>
        <translation>修改承诺…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-off chain</source>
        <translation>转交记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Escalation {ref}</source>
        <translation>升级投诉 {ref}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{span} · {clock}</source>
        <translation>{span} · {clock}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} (after {span})</source>
        <translation>{time}（历时 {span}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trust: {trust}</source>
        <translation>客户信任度：{trust}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(1 − reply / promise) × 100 = {t:.0f}</source>
        <translation>(1 − 回复用时 / 承诺时限) × 100 = {t:.0f}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Record that the customer heard back. The first reply sets the trust score ({trust} now).</source>
        <translation>记录已回复客户。首次回复将确定客户信任度（当前为 {trust}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a further reply to the customer.</source>
        <translation>记录对客户的再次回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the promise&apos;s clock while the item waits on the customer. The pause and its reason go on the record.</source>
        <translation>在等待客户期间暂停承诺计时。暂停及其原因将记录在案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for</source>
        <translation>等待事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand off</source>
        <translation>转交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who takes {ref} over? The chain keeps who held it before.</source>
        <translation>由谁接手 {ref}？转交记录会保留之前的处理人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change promise</source>
        <translation>修改承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree a new deadline with the customer; the change is on the record.</source>
        <translation>与客户商定新的期限；此次修改将记录在案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved now, the promise is: {state}.</source>
        <translation>如现在解决，回电承诺状态为：{state}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note on the timeline of {ref}.</source>
        <translation>在 {ref} 的时间线上添加备注。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <location filename="../../console/ui/escalations/texts.py" line="+23"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met late</source>
        <translation>逾期达成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer</source>
        <translation>同事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by import</source>
        <translation>导入时更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock paused</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock resumed</source>
        <translation>计时恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed off</source>
        <translation>已转交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise changed</source>
        <translation>回电承诺已变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise breached</source>
        <translation>回电承诺已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Around the clock</source>
        <translation>全天候</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{d} d {hms}</source>
        <translation>{d} 天 {hms}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>overdue {t}</source>
        <translation>已超时 {t}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{t} left</source>
        <translation>剩余 {t}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{t} · paused</source>
        <translation>{t} · 已暂停</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+15"/>
        <source>{p} % of the promise used</source>
        <translation>已用承诺时限的 {p}%</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{p} % of the promise used (warning at {w} %)</source>
        <translation>已用承诺时限的 {p}%（{w}% 时提醒）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role}: {holder}</source>
        <translation>{role}：{holder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first reply after {t}</source>
        <translation>{t} 后首次回复</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Composure (automatic)</source>
        <translation>Composure（自动）</translation>
    </message>
</context>
<context>
    <name>EscalationsDock</name>
    <message>
        <location filename="../../console/ui/escalations/dock.py" line="+42"/>
        <source>Escalations</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New escalation…</source>
        <translation>新建升级投诉…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on it…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show resolved</source>
        <translation>显示已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved in the last 7 days</source>
        <translation>最近 7 天内已解决的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{open} open · {risk} at risk · {breached} breached</source>
        <translation>{open} 件未结 · {risk} 件有风险 · {breached} 件已超时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average trust: no replies yet</source>
        <translation>平均客户信任度：尚无答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average trust {trust} ({n} first replies, {late} overdue)</source>
        <translation>平均客户信任度 {trust}（{n} 次首次答复，{late} 次逾期）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust at the first reply: (1 − reply time / promised time) × 100, averaged over the open items and those resolved in the last 7 days. A reply after the promise counts as overdue.</source>
        <translation>首次答复时的客户信任度：(1 − 答复用时 / 承诺时限) × 100，按未结事项及最近 7 天内已解决的事项取平均值。超过承诺时限的答复计为逾期。</translation>
    </message>
</context>
<context>
    <name>FiguresHelp</name>
    <message>
        <location filename="../../console/ui/figures_help.py" line="+21"/>
        <source>Calls waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callers in a queue now, not yet answered. Alert above 5 by default.</source>
        <translation>正在队列中等待、尚未接听的来电数。默认超过 5 通时告警。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the caller who has waited longest has been waiting. Amber past the service-level time, red past 120 seconds by default.</source>
        <translation>等待最久的来电者目前已等待的时长。超过服务水平时间显示琥珀色，默认超过 120 秒显示红色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service level (SL)</source>
        <translation>服务水平 (SL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls answered within the target time (20 seconds by default) divided by calls offered. Offered leaves out callers who hung up within 5 seconds, and calls still waiting that have not yet waited the target time; a call waiting longer already counts as missed. &quot;SL today&quot; counts since midnight, &quot;SL last 30 min&quot; the last half hour. This is stricter than Asterisk&apos;s own figure, which divides by completed calls only.</source>
        <translation>在目标时间内（默认 20 秒）接听的来电数除以呼入数。呼入数不含 5 秒内挂断的来电，也不含仍在等待且尚未等满目标时间的来电；等待已超过目标时间的来电已算作未达标。“今日服务水平”从零点起计算，“半小时服务水平”计算最近半小时。这比 Asterisk 自身的数字更严格，后者只除以已完成的来电。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callers who hung up before an answer, divided by calls offered, both without the short abandons under 5 seconds. Amber above 5 %, red above 10 %.</source>
        <translation>接听前挂断的来电数除以呼入数，两者都不含 5 秒内的短放弃。高于 5% 显示琥珀色，高于 10% 显示红色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average handle time (AHT)</source>
        <translation>平均处理时长 (AHT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk time plus wrap-up time, divided by the calls handled today.</source>
        <translation>通话时长加话后处理时长，除以今日处理的来电数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the last hour&apos;s logged-in time: (talk + wrap-up) / (talk + wrap-up + available). Pauses and logged-out time are left out. Healthy up to 85 %, caution to 92 %, danger above: a floor that stays above 85 % burns people out.</source>
        <translation>最近一小时登录时间中：(通话 + 话后处理) / (通话 + 话后处理 + 空闲)。不计暂停和登出时间。85% 以下为健康，92% 以下需注意，更高为危险：长期高于 85% 的坐席团队会精疲力竭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent states</source>
        <translation>坐席状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available: logged in and free to take a call in at least one of their queues. On a call: talking to a caller. Wrap-up: after-call work (paused with a wrap-up reason such as ACW). Paused: paused in every queue they serve, with the reason given on the phone. Logged out: a member of no queue. Asterisk pauses per queue: an agent paused in one queue and free in another is shown as both, and counts as available. &quot;In state&quot; is the time since the state began.</source>
        <translation>空闲：已登录，且在至少一个所属队列中可以接听。通话中：正在与来电者通话。话后处理：通话后的整理工作（以 ACW 等话后处理原因暂停）。暂停：在其所属的每个队列中都已暂停，原因为在电话上给出的原因。已登出：不属于任何队列。Asterisk 按队列暂停：在一个队列中暂停、在另一个队列中空闲的坐席会同时显示两种状态，并计为空闲。“状态时长”是从该状态开始至今的时间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls that rang the agent today and were not answered by them.</source>
        <translation>今日振铃该坐席但未被其接听的来电数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strain score</source>
        <translation>压力指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 100, counted from events only, never guessed from voice or text: abusive calls by severity (a threat weighs most), complaint and very long calls, more than 90 minutes since the last break, and last-hour occupancy above 85 %. Each event fades with about 45 minutes at work, faster on a break or while logged out; a fifth carries into the next day. Watch from 30, break recommended from 60; a threat or harassment recommends a break and a 1:1 talk at once. The reasons are always shown beside the score.</source>
        <translation>0 到 100，只根据事件计算，从不从声音或文字中推测：按严重程度计的辱骂来电（威胁权重最高）、投诉和超长通话、距上次休息超过 90 分钟，以及最近一小时占用率高于 85%。每个事件在工作时约 45 分钟衰减，休息或登出时衰减更快；五分之一会延续到第二天。30 起为“关注”，60 起为“建议休息”；威胁或骚扰会立即建议休息和一对一谈话。分数旁总会显示原因。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery break cover</source>
        <translation>恢复性休息的覆盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a break, the service level the floor would reach with one agent fewer (Erlang C on the last 30 minutes&apos; calls and handle time), and the stagger rule: at most about 20 % of a team off the phones at once.</source>
        <translation>休息之前，显示少一名坐席时团队能达到的服务水平（根据最近 30 分钟的来电和处理时长，用 Erlang C 计算），以及错峰规则：一个班组同一时间最多约 20% 的人离开电话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls waiting, longest wait, service level under target, abandons in the last hour, no agent available, and an agent&apos;s strain over the threshold. An acknowledged alert stays grey until its condition clears; one that returns within 15 minutes is the same alert.</source>
        <translation>排队数、最长等待、服务水平低于目标、最近一小时的放弃数、无空闲坐席，以及坐席压力指数超过阈值。已确认的告警会保持灰色，直到其条件消除；15 分钟内再次出现的算作同一条告警。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalations</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each escalated complaint has a promised callback time. At risk: a quarter or less of the promise left. Breached: the promise has passed. Trust at the first reply is (1 - reply time / promised time) x 100, shown as &quot;overdue&quot; once the reply came late.</source>
        <translation>每个升级投诉都有承诺的回电时间。有风险：承诺时间只剩四分之一或更少。已违约：承诺时间已过。首次回复时的信任分为 (1 - 回复用时 / 承诺时长) x 100，回复迟到时显示为“已逾期”。</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location line="+21"/>
        <source>Search the figures…</source>
        <translation>搜索指标…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../console/ui/first_run.py" line="+64"/>
        <source>Start the &amp;demo floor</source>
        <translation>启动演示现场(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A simulated floor in a new window, to look around</source>
        <translation>在新窗口中打开模拟现场，随意浏览体验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a queue_log…</source>
        <translation>打开 queue_log(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the Asterisk queue_log file of your floor</source>
        <translation>跟踪本现场的 Asterisk queue_log 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Configure data sources…</source>
        <translation>配置数据源(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue_log, the AMI link, import folders</source>
        <translation>queue_log、AMI 连接、导入文件夹</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Demo floor</source>
        <translation>演示现场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start the demo floor. Run &lt;code&gt;composure demo&lt;/code&gt; in a terminal.</source>
        <translation>无法启动演示现场。请在终端中运行 &lt;code&gt;composure demo&lt;/code&gt;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a queue_log</source>
        <translation>打开 queue_log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queue_log files (queue_log*);;All files (*)</source>
        <translation>queue_log 文件 (queue_log*);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not remember the queue_log: {error}</source>
        <translation>无法保存 queue_log 路径：{error}</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../console/ui/care/flag_dialog.py" line="+42"/>
        <source>Flag abusive call</source>
        <translation>标记辱骂来电</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record an abusive call taken by &lt;b&gt;{agent}&lt;/b&gt;. The flag counts towards the agent&apos;s strain and asks a lead to acknowledge it.</source>
        <translation>记录 &lt;b&gt;{agent}&lt;/b&gt; 接到的一通辱骂来电。该标记会计入坐席的压力指数，并提醒组长确认。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What happened (optional)</source>
        <translation>发生了什么（可选）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No call</source>
        <translation>不关联通话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flag call</source>
        <translation>标记来电</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{time} · {queue} · {caller} · in progress</source>
        <translation>{time} · {queue} · {caller} · 通话中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} · {queue} · {caller} · ended {end}</source>
        <translation>{time} · {queue} · {caller} · {end} 结束</translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <location filename="../../console/ui/care/flag_table_model.py" line="+92"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{who} at {time}</source>
        <translation>{who} 于 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not acknowledged yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked as a repeat abuser</source>
        <translation>已标记为反复辱骂者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded as: {raw}</source>
        <translation>原始记录：{raw}</translation>
    </message>
</context>
<context>
    <name>FlagsDock</name>
    <message>
        <location filename="../../console/ui/care/flags_dock.py" line="+34"/>
        <source>Abuse flags</source>
        <translation>辱骂标记</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag caller as repeat abuser</source>
        <translation>标记来电者为反复辱骂者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open agent</source>
        <translation>查看坐席</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repeat caller</source>
        <translation>重复来电者</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{n} unacknowledged</source>
        <translation>{n} 条未确认</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 positive recorded</source>
        <translation>已记录 1 条正面记录</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n positives recorded</source>
        <translation>
            <numerusform>已记录 %n 条正面记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No abusive-call flags this shift</source>
        <translation>本班次暂无辱骂标记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{m:.0f} min</source>
        <translation>{m:.0f} 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{flags} flags this shift ({severe} severe) · median to acknowledge {ack} · to a break {brk} · severe followed by a break within {win} min: {share}</source>
        <translation>本班次 {flags} 条标记（严重 {severe} 条）· 确认时间中位数 {ack} · 安排休息中位数 {brk} · 严重标记 {win} 分钟内安排休息：{share}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note for this flag:</source>
        <translation>此标记的备注：</translation>
    </message>
</context>
<context>
    <name>FloorCare</name>
    <message>
        <location filename="../../console/ui/care/floor_care.py" line="+97"/>
        <source>{agent} is not on the board</source>
        <translation>{agent} 不在看板上</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Recovery break</source>
        <translation>恢复性休息</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{agent} is already on a recovery break.</source>
        <translation>{agent} 已在恢复性休息中。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{agent} already has a recovery break: it starts when the call ends.</source>
        <translation>{agent} 已有一次恢复休息：将在通话结束后开始。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Flag abusive call…</source>
        <translation>标记辱骂来电…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant recovery break…</source>
        <translation>安排恢复性休息…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
</context>
<context>
    <name>FloorCoaching</name>
    <message>
        <location filename="../../console/ui/coaching/floor_coaching.py" line="+122"/>
        <source>Could not read coaching sessions: {error}</source>
        <translation>无法读取辅导记录：{error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrange peer coaching…</source>
        <translation>安排同伴辅导…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1:1 talk (recommended)…</source>
        <translation>一对一谈话（建议）…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1:1 talk…</source>
        <translation>一对一谈话…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent history…</source>
        <translation>坐席历史…</translation>
    </message>
</context>
<context>
    <name>FloorDataSafety</name>
    <message>
        <location filename="../../console/ui/audit/floor_data_safety.py" line="+117"/>
        <source>Removed the text of {n} notes older than {days} days (retention)</source>
        <translation>已按保留期限删除 {n} 条超过 {days} 天的备注内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End-of-shift backup saved: {name}</source>
        <translation>班次结束备份已保存：{name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data safety: {error}</source>
        <translation>数据安全：{error}</translation>
    </message>
</context>
<context>
    <name>FloorEscalations</name>
    <message>
        <location filename="../../console/ui/escalations/floor_escalations.py" line="+115"/>
        <location line="+17"/>
        <source>Open escalation…</source>
        <translation>创建升级投诉…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Open escalation for the last call…</source>
        <translation>为上一通来电创建升级投诉…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not open the escalation: {error}</source>
        <translation>无法创建升级投诉：{error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalation {ref} breached its promise</source>
        <translation>升级投诉 {ref} 已超过回电承诺时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue {left} · held by {holder}</source>
        <translation>已超时 {left} · 负责人：{holder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation {ref} is at risk</source>
        <translation>升级投诉 {ref} 有超时风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} left · held by {holder}</source>
        <translation>剩余 {left} · 负责人：{holder}</translation>
    </message>
</context>
<context>
    <name>FloorPositives</name>
    <message>
        <location filename="../../console/ui/positives/floor_positives.py" line="+156"/>
        <source>Recognise…</source>
        <translation>表扬…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report an issue for management…</source>
        <translation>上报管理层问题…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recognition recorded for {agent}: {kind}</source>
        <translation>已记录对 {agent} 的表扬：{kind}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Issue marked: {status}</source>
        <translation>问题已标记为：{status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw recognition</source>
        <translation>撤回表扬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw this recognition? It leaves the panel and the shift report; the audit log keeps a record of it and of the withdrawal.</source>
        <translation>撤回这条表扬？它将从面板和班次报告中移除；审计日志会保留该表扬及撤回的记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recognition withdrawn</source>
        <translation>表扬已撤回</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to an open issue: now {times}</source>
        <translation>已并入未解决的同类问题：{times}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue for management recorded</source>
        <translation>已记录管理层问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read positives and issues: {error}</source>
        <translation>无法读取正面记录和问题：{error}</translation>
    </message>
</context>
<context>
    <name>FloorTray</name>
    <message>
        <location filename="../../console/ui/care/tray.py" line="+51"/>
        <source>Composure: no unacknowledged flags</source>
        <translation>Composure：没有未确认的标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composure: 1 unacknowledged flag</source>
        <translation>Composure：1 条未确认的辱骂标记</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Composure: %n unacknowledged flags</source>
        <translation>
            <numerusform>Composure：%n 条未确认的辱骂标记</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Abuse flag: {category}</source>
        <translation>辱骂标记：{category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{agent} · severity {severity}</source>
        <translation>{agent} · 严重程度 {severity}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Critical floor alert</source>
        <translation>现场严重告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor alert</source>
        <translation>现场告警</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n floor alerts</source>
        <translation>
            <numerusform>%n 条现场告警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="+63"/>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
</context>
<context>
    <name>GlanceBar</name>
    <message>
        <location filename="../../console/ui/glance_bar.py" line="+106"/>
        <source>Escalations: reading the backlog…</source>
        <translation>升级投诉：正在读取…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No one needs a recovery break now</source>
        <translation>目前没有人需要恢复性休息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} on a break</source>
        <translation>{n} 人正在休息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+{n} more</source>
        <translation>另有 {n} 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a break: {names}</source>
        <translation>需要休息：{names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cover: no calls in the last 30 min to judge by</source>
        <translation>覆盖：最近 30 分钟没有来电，无法判断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the floor can cover one now (SL {now} → {after})</source>
        <translation>现在可以安排一人休息（服务水平 {now} → {after}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cover is short: SL {now} → {after}, target {target}</source>
        <translation>人手不足：服务水平 {now} → {after}，目标 {target}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No abuse flags this shift</source>
        <translation>本班次没有辱骂标记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>newest {time} {agent}, {category}</source>
        <translation>最新 {time} {agent}，{category}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flags: {n} unacknowledged</source>
        <translation>标记：{n} 条未确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flags: all acknowledged</source>
        <translation>标记：已全部确认</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalations: {risk} at risk · {late} overdue · {open} open</source>
        <translation>升级投诉：{risk} 条有风险 · {late} 条已超时 · 共 {open} 条未结</translation>
    </message>
</context>
<context>
    <name>GrantBreakDialog</name>
    <message>
        <location filename="../../console/ui/care/grant_break_dialog.py" line="+46"/>
        <source>Grant recovery break</source>
        <translation>安排恢复性休息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery break for &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>为 &lt;b&gt;{agent}&lt;/b&gt; 安排恢复性休息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strain {score} ({level}): {reasons}</source>
        <translation>压力指数 {score}（{level}）：{reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no events counted</source>
        <translation>未计入任何事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{agent} is on a call: the break starts when the call ends.</source>
        <translation>{agent} 正在通话：休息将在通话结束后开始。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cost to the floor</source>
        <translation>对现场的影响</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the floor…</source>
        <translation>正在检查现场人力…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1:1 talk with the team lead</source>
        <translation>与组长一对一谈话</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grant break</source>
        <translation>安排休息</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The coverage check failed: {error}</source>
        <translation>人力覆盖检查失败：{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The break was not granted: {error}</source>
        <translation>未能安排休息：{error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough calls in the last 30 minutes to estimate the service level.</source>
        <translation>过去 30 分钟来电太少，无法估算服务水平。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service level {with_} → {without} (target {target})</source>
        <translation>服务水平 {with_} → {without}（目标 {target}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} agents on the phones, {cph} calls/hour, handle time {aht}</source>
        <translation>{n} 名坐席在线接听，每小时 {cph} 通来电，处理时长 {aht}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{off} of {team} agents in {name} would be off the phones ({share} % – the limit is about {limit} %)</source>
        <translation>{name} 的 {team} 名坐席中将有 {off} 名离线（{share}%，上限约为 {limit}%）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The floor can likely cover this from {time}</source>
        <translation>预计从 {time} 起现场可以顶上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The floor can likely not cover this within the next 3 hours</source>
        <translation>预计未来 3 小时内现场难以顶上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grant anyway</source>
        <translation>仍然安排</translation>
    </message>
</context>
<context>
    <name>HandoffChain</name>
    <message>
        <location filename="../../console/ui/escalations/handoff_chain.py" line="+34"/>
        <source>Nobody holds it yet</source>
        <translation>尚无人处理</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>holds it now</source>
        <translation>当前处理人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} {holder} since {time}</source>
        <translation>自 {time} 起由{role} {holder} 处理</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../console/ui/coaching/history_dialog.py" line="+25"/>
        <source>Agent history</source>
        <translation>坐席记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History of &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{agent}&lt;/b&gt; 的记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrange peer coaching…</source>
        <translation>安排同伴辅导…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1:1 talk…</source>
        <translation>一对一谈话…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not read the history: {error}</source>
        <translation>无法读取记录：{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no team</source>
        <translation>无班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no start date</source>
        <translation>无入职日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coach</source>
        <translation>辅导员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queues: {queues}</source>
        <translation>队列：{queues}</translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <location filename="../../console/ui/board/charts.py" line="-50"/>
        <source>Calls per 15 minutes</source>
        <translation>每 15 分钟来电量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>接听</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../console/ui/positives/issue_dialog.py" line="+60"/>
        <source>Report an issue for management</source>
        <translation>上报管理层问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something customers hit that the organisation must fix: a fault at a location, a broken process, a policy that makes callers angry. It is counted by cause and goes into the shift report.</source>
        <translation>客户遇到的、需要公司解决的问题：某地的故障、失效的流程、引起来电者不满的政策等。问题按原因统计，并写入班次报告。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit causes…</source>
        <translation>编辑原因…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where: a district, a shop, a product, a form (optional)</source>
        <translation>地点：区县、门店、产品或表单（可选）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What customers run into, in their words if possible</source>
        <translation>客户遇到的问题，尽量使用客户原话</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>{agent} (agent)</source>
        <translation>{agent}（坐席）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Me (team lead)</source>
        <translation>我（组长）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link to {what}</source>
        <translation>关联到 {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report issue</source>
        <translation>上报问题</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Already open: “{cause} — {where}”, {times}, {status}. This report adds to it rather than opening a second issue.</source>
        <translation>已有未解决的问题：“{cause} — {where}”，{times}，{status}。本次上报将计入该问题，不会另开新问题。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This was marked fixed; reporting it again opens a new issue marked as back after the fix.</source>
        <translation>该问题已标记为已修复；再次上报将新建一个问题，并标记为“修复后复现”。</translation>
    </message>
</context>
<context>
    <name>IssueReportsDialog</name>
    <message>
        <location filename="../../console/ui/positives/issue_reports_dialog.py" line="+29"/>
        <source>Reports of an issue</source>
        <translation>问题上报记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} · {times}</source>
        <translation>{status} · {times}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they said</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{who} (lead)</source>
        <translation>{who}（组长）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} (agent)</source>
        <translation>{who}（坐席）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call of {agent}</source>
        <translation>{agent} 的通话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flag #{id}</source>
        <translation>标记 #{id}</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <location filename="../../console/ui/positives/issue_models.py" line="+74"/>
        <source>Last reported</source>
        <translation>最近上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>上报次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} and {n} others</source>
        <translation>{first} 等 {n} 人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>back after fix</source>
        <translation>修复后再次出现</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{first}

Latest: {latest}</source>
        <translation>{first}

最新：{latest}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} by {who} at {time}</source>
        <translation>{who} 于 {time} 标记为{status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latest: {latest}</source>
        <translation>最新：{latest}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reported {time} by {who}</source>
        <translation>{who} 于 {time} 首次上报</translation>
    </message>
</context>
<context>
    <name>IssuesDock</name>
    <message>
        <location filename="../../console/ui/positives/issues_dock.py" line="+64"/>
        <location line="+137"/>
        <source>Issues for management</source>
        <translation>管理层问题</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Report an issue…</source>
        <translation>上报问题…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported again…</source>
        <translation>再次上报…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to management</source>
        <translation>已提交管理层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show reports…</source>
        <translation>查看上报记录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit causes…</source>
        <translation>编辑原因…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reports today by cause</source>
        <translation>今日上报（按原因）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No issues reported. When callers keep hitting the same problem, right-click the agent, the flag or the call and choose “Report an issue for management…”.</source>
        <translation>暂无上报的问题。当来电者反复遇到同一问题时，右键单击坐席、标记或来电，然后选择“上报管理层问题…”。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Issues for management ({n} today)</source>
        <translation>管理层问题（今日 {n} 次上报）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{open} open · {sent} sent to management</source>
        <translation>{open} 项未解决 · {sent} 项已提交管理层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every issue not yet fixed, and those reported or settled today</source>
        <translation>所有尚未修复的问题，以及今日上报或已处理的问题</translation>
    </message>
</context>
<context>
    <name>KeyboardActions</name>
    <message>
        <location filename="../../console/ui/keyboard.py" line="+37"/>
        <source>&amp;Find agent…</source>
        <translation>查找坐席(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;lag abusive call…</source>
        <translation>标记辱骂来电(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant recovery &amp;break…</source>
        <translation>安排恢复性休息(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recognise…</source>
        <translation>表扬(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrange peer &amp;coaching…</source>
        <translation>安排同伴辅导(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;escalation for the last call…</source>
        <translation>为上一通来电创建升级投诉(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;More for this agent</source>
        <translation>此坐席的更多操作(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help: figures and shortcuts</source>
        <translation>帮助：指标和快捷键(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ac&amp;knowledge flag</source>
        <translation>确认辱骂标记(&amp;K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New escalation…</source>
        <translation>新建升级投诉(&amp;N)…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>For the agent selected in the table</source>
        <translation>针对表格中选中的坐席</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <source>Select an agent in the table first</source>
        <translation>请先在表格中选择坐席</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../console/ui/board/kpi_strip.py" line="+18"/>
        <source>Calls waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL today</source>
        <translation>今日服务水平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL last 30 min</source>
        <translation>半小时服务水平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AHT today</source>
        <translation>今日平均处理时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>More than {n} waiting</source>
        <translation>排队超过 {n} 通</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue clear</source>
        <translation>无人排队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert above {n}</source>
        <translation>超过 {n} 通告警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over {limit}</source>
        <translation>超过 {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over {s} s</source>
        <translation>超过 {s} 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one waiting</source>
        <translation>无人等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within {s} s</source>
        <translation>{s} 秒以内</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service level = calls answered within {s} s / calls offered, excluding abandons under {short} s and calls still waiting less than {s} s. Target {target}. (Asterisk&apos;s own figure divides by completed calls only.)</source>
        <translation>服务水平 = {s} 秒内接听的来电 / 呼入来电，不含 {short} 秒内的放弃，也不含仍在等待且未满 {s} 秒的来电。目标 {target}。（Asterisk 自带的指标仅以已完成的来电为分母。）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls offered in the last 30 minutes.</source>
        <translation>统计最近 30 分钟内的呼入来电。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abandoned / offered today, excluding abandons under {short} s</source>
        <translation>今日放弃 / 呼入，不含 {short} 秒内的放弃</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>No calls yet</source>
        <translation>暂无来电</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+3"/>
        <source>Above {limit}</source>
        <translation>高于 {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {limit}</source>
        <translation>不高于 {limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Talk + wrap-up per call</source>
        <translation>每通通话 + 话后处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average handle time today: (talk + wrap-up) / calls handled</source>
        <translation>今日平均处理时长 =（通话 + 话后处理）/ 已处理来电数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On target ({target} in {s} s)</source>
        <translation>达标（{s} 秒内 {target}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below target ({target} in {s} s)</source>
        <translation>未达标（{s} 秒内 {target}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Occupancy over the last hour = (talk + wrap-up) / (talk + wrap-up + available). Healthy up to {caution}, caution to {danger}, danger above.</source>
        <translation>过去一小时占用率 = (通话 + 话后处理) / (通话 + 话后处理 + 空闲)。不超过 {caution} 为健康，不超过 {danger} 为警示，超过即为危险。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Healthy (≤ {limit})</source>
        <translation>健康（≤ {limit}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caution ({low}–{high})</source>
        <translation>警示（{low}–{high}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danger (&gt; {limit})</source>
        <translation>危险（&gt; {limit}）</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No one logged in</source>
        <translation>无人登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/ui/main_window.py" line="+169"/>
        <source>Composure — Team board (demo)</source>
        <translation>Composure — 班组看板（演示）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composure — Team board</source>
        <translation>Composure — 班组看板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(1 unacknowledged flag)</source>
        <translation>（1 条未确认的辱骂标记）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n unacknowledged flags)</source>
        <translation>
            <numerusform>（%n 条未确认的辱骂标记）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>NeedsEditor</name>
    <message>
        <location filename="../../console/ui/coaching/needs_widgets.py" line="+94"/>
        <source>Edit the list of needs</source>
        <translation>编辑需求列表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New need</source>
        <translation>新需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep it short: the lead ranks these in each 1:1 talk. A removed need stays in the talks that named it.</source>
        <translation>请保持简短：组长会在每次一对一谈话中对这些需求排序。删除的需求仍会保留在提及它的谈话记录中。</translation>
    </message>
</context>
<context>
    <name>NeedsRanking</name>
    <message>
        <location line="-95"/>
        <source>Edit list…</source>
        <translation>编辑列表…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Tick what the agent needs most right now and put the most needed first (drag, or Move up).</source>
        <translation>勾选坐席当前最需要的支持，并将最需要的排在最前（拖动或点击“上移”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking: {needs}</source>
        <translation>排序：{needs}</translation>
    </message>
</context>
<context>
    <name>NewEscalationDialog</name>
    <message>
        <location filename="../../console/ui/escalations/new_dialog.py" line="+52"/>
        <source>New escalation</source>
        <translation>新建升级投诉</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A complaint that could not be solved on the call taken by &lt;b&gt;{agent}&lt;/b&gt; ({queue}). Promise the customer a callback and keep it.</source>
        <translation>&lt;b&gt;{agent}&lt;/b&gt; 接听的来电（{queue}）中未能当场解决的投诉。请向客户承诺回电并按时兑现。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A complaint that needs a callback: from an e-mail, a chat, social media or a letter.</source>
        <translation>需要回电的投诉：来自电子邮件、在线聊天、社交媒体或信件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket number, if there is one</source>
        <translation>工单号（如有）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone, e-mail or handle (stored masked)</source>
        <translation>电话、邮箱或账号（脱敏保存）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the customer complains about</source>
        <translation>客户投诉的内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count business hours only</source>
        <translation>仅计算工作时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clock then runs only in the floor&apos;s opening hours; by default it runs around the clock.</source>
        <translation>勾选后仅在现场营业时间内计时；默认全天候计时。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First note on the timeline (optional)</source>
        <translation>时间线上的第一条备注（可选）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised callback within</source>
        <translation>承诺回电时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open escalation</source>
        <translation>创建升级投诉</translation>
    </message>
</context>
<context>
    <name>NotesFeatures</name>
    <message>
        <location filename="../../console/ui/care/notes_features.py" line="+32"/>
        <source>Check call &amp;notes for abuse…</source>
        <translation>检查通话备注中的辱骂内容(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import QA flags…</source>
        <translation>导入质检标记(&amp;I)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check call notes for abuse…</source>
        <translation>检查通话备注中的辱骂内容…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Import QA flags</source>
        <translation>导入质检标记</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>QA flag lists (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>质检标记列表 (*.csv *.jsonl *.ndjson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: imported {imported}, updated {updated}, rejected {rejected}</source>
        <translation>{file}：导入 {imported} 条，更新 {updated} 条，拒绝 {rejected} 条</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not import {file}: {error}</source>
        <translation>无法导入 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../console/ui/coaching/outcome_dialog.py" line="+43"/>
        <source>Record outcome</source>
        <translation>记录辅导结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the session…</source>
        <translation>正在加载辅导记录…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the agent did well</source>
        <translation>坐席做得好的地方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I would have done differently is …</source>
        <translation>换作是我，我会 …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else worth keeping</source>
        <translation>其他值得记录的内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What went well:</source>
        <translation>做得好的地方：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the coach would have done differently:</source>
        <translation>辅导员会怎么做：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save outcome</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel session</source>
        <translation>取消辅导</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;b&gt;{coach}&lt;/b&gt; coaches &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{coach}&lt;/b&gt; 辅导 &lt;b&gt;{agent}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>call {call}</source>
        <translation>通话 {call}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>focus: {focus}</source>
        <translation>重点：{focus}</translation>
    </message>
</context>
<context>
    <name>PauseReason</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="-61"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilet</source>
        <translation>如厕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>恢复休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reason</source>
        <translation>未注明原因</translation>
    </message>
</context>
<context>
    <name>Positives</name>
    <message>
        <location filename="../../console/ui/positives/texts.py" line="+22"/>
        <source>Compliment from a customer</source>
        <translation>客户表扬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved a hard complaint</source>
        <translation>解决了棘手投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helped a colleague</source>
        <translation>帮助同事</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Network or service fault at a location</source>
        <translation>某地网络或服务故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing error</source>
        <translation>计费错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken process</source>
        <translation>流程缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy causes anger</source>
        <translation>政策引发不满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product defect</source>
        <translation>产品缺陷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to management</source>
        <translation>已提交管理层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no particular place</source>
        <translation>未指明地点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>flag at {time}</source>
        <translation>{time} 的辱骂标记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a linked call</source>
        <translation>一通关联来电</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call at {time}</source>
        <translation>{time} 的来电</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reported once</source>
        <translation>上报 1 次</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>reported %n times</source>
        <translation>
            <numerusform>上报 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PositivesDock</name>
    <message>
        <location filename="../../console/ui/positives/positives_dock.py" line="+31"/>
        <location line="+74"/>
        <source>Positives</source>
        <translation>正面记录</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Recognise…</source>
        <translation>表扬…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by mistake: keep it out of the panel and the report (the audit log keeps it)</source>
        <translation>误记时使用：从面板和报告中移除（审计日志仍会保留）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open agent</source>
        <translation>查看坐席</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing recorded yet today. When someone does well, right-click them (or their flag) and choose “Recognise…”.</source>
        <translation>今天还没有记录。有人表现出色时，右键单击该坐席（或其标记）并选择“表扬…”。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Positives ({n})</source>
        <translation>正面记录（{n}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
</context>
<context>
    <name>PreferenceTexts</name>
    <message>
        <location filename="../../console/ui/preferences/spec.py" line="+74"/>
        <location line="+16"/>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Strain</source>
        <translation>压力指数</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> calls</source>
        <translation> 通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> units</source>
        <translation> 单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of offered calls to answer within the answer time.</source>
        <translation>应在应答时限内接听的呼入来电比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer within</source>
        <translation>应答时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short abandons: under</source>
        <translation>短时放弃：少于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callers who hang up this soon count neither as offered nor as abandoned.</source>
        <translation>在此时间内挂断的来电既不计入呼入，也不计入放弃。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board colours</source>
        <translation>看板颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon rate: caution above</source>
        <translation>放弃率：注意阈值（高于）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandon rate: alert above</source>
        <translation>放弃率：告警阈值（高于）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupancy: caution above</source>
        <translation>占用率：注意阈值（高于）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy: danger above</source>
        <translation>占用率：危险阈值（高于）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls waiting: more than</source>
        <translation>排队来电超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls waiting</source>
        <translation>排队来电数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait: over</source>
        <translation>最长等待超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level (last 30 min) under target</source>
        <translation>服务水平（最近 30 分钟）低于目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: see the Service level tab</source>
        <translation>目标值：见“服务水平”选项卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandons in the last hour: more than</source>
        <translation>过去一小时放弃数超过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandons in the last hour</source>
        <translation>过去一小时放弃数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agent available</source>
        <translation>无空闲坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While anyone is logged in</source>
        <translation>仅在有坐席登录期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agent&apos;s strain: at least</source>
        <translation>坐席压力指数达到</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise the same alert again after</source>
        <translation>同一告警重复提醒间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A condition that stays true is not raised again within this time.</source>
        <translation>条件持续成立时，在此时间内不会再次告警。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raise an alert when</source>
        <translation>以下情况时告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours: from</source>
        <translation>免打扰时段：从</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Desktop notifications and the beep are muted in these hours (they may cross midnight); the alerts strip still shows every alert.</source>
        <translation>此时段内桌面通知和提示音静音（时段可跨越午夜）；告警栏仍显示所有告警。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beep with each desktop notification</source>
        <translation>每条桌面通知都发出提示音</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added when it happens, then fading; the score scale turns these units into points.</source>
        <translation>事件发生时计入，随后逐渐衰减；按“100 分对应”的设置将这些单位换算为分数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weight of each event</source>
        <translation>各事件权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive call, severity 1</source>
        <translation>辱骂来电（严重程度 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive call, severity 2</source>
        <translation>辱骂来电（严重程度 2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat or harassment, severity 3</source>
        <translation>威胁或骚扰（严重程度 3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint call</source>
        <translation>投诉来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated call</source>
        <translation>升级来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very long call</source>
        <translation>超长通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call is very long after</source>
        <translation>超长通话标准：超过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fading</source>
        <translation>衰减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time constant at work</source>
        <translation>时间常数（工作中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this long at work an event counts about a third.</source>
        <translation>工作中经过此时长后，事件的影响约降至三分之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time constant on a break</source>
        <translation>时间常数（休息中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strain fades this much faster while on a break.</source>
        <translation>休息期间压力指数按此时间常数更快衰减。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried into the next day</source>
        <translation>带入次日的比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget an event below</source>
        <translation>忽略低于此分值的事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event worth less than this is no longer named as a reason.</source>
        <translation>低于此分值的事件不再列为原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workload</source>
        <translation>工作负荷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy counts above</source>
        <translation>占用率超过此值开始计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight at 100 % occupancy</source>
        <translation>占用率 100% 时的权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time without a break counts after</source>
        <translation>未休息时长超过此值开始计入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight per 30 min beyond that</source>
        <translation>超出部分每 30 分钟的权重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score and levels</source>
        <translation>分数与等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 points are</source>
        <translation>100 分对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The score shows the sum of the weights, fading, as points: this many units make 100.</source>
        <translation>分数以分值显示衰减后的权重之和：此数量的单位对应 100 分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch from</source>
        <translation>关注阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break recommended from</source>
        <translation>建议休息阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A threat calls for a break for</source>
        <translation>遭受威胁后持续建议休息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the agent&apos;s shift start is unknown: how long a severity-3 flag keeps recommending a break and a 1:1 talk.</source>
        <translation>坐席班次开始时间未知时使用：严重程度 3 的标记在多长时间内持续建议休息和一对一谈话。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recovery breaks</source>
        <translation>恢复性休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default length</source>
        <translation>默认时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a severe call (severity 2)</source>
        <translation>严重来电后（严重程度 2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a threat (severity 3)</source>
        <translation>遭受威胁后（严重程度 3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lengths offered (minutes)</source>
        <translation>可选时长（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes, separated by commas; the three lengths above are always offered.</source>
        <translation>以分钟为单位，用逗号分隔；以上三种时长始终可选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue after the planned end plus</source>
        <translation>计划结束后超过此时长即为超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stagger</source>
        <translation>错开休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most off the phones per team</source>
        <translation>每个班组同时离线比例上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coverage check warns when a break would take more of a team off the phones at once.</source>
        <translation>若休息会使班组同时离线的比例超过此值，人力覆盖检查会发出警告。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Offered when an escalation is opened on this channel; each item keeps the promise it was opened with.</source>
        <translation>在此渠道创建升级投诉时默认提供的时限；每条升级投诉保留创建时的回电承诺。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback promise</source>
        <translation>回电承诺</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk with this much of the promise left</source>
        <translation>承诺时限剩余此比例时标为有风险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An open item turns at risk (and raises a notification) when no more than this share of its promise is left.</source>
        <translation>未结升级投诉的承诺时限剩余不超过此比例时，即标为有风险（并发出通知）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on the timeline at (% used)</source>
        <translation>时间线记录节点（已用时限 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of the promise used, separated by commas; each is noted on the item&apos;s timeline once.</source>
        <translation>已用承诺时限的百分比，以逗号分隔；每个节点在该升级投诉的时间线上记录一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show resolved items for</source>
        <translation>已解决项保留显示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open from</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise counts business hours only for</source>
        <translation>以下渠道的回电承诺仅计算工作时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other channels count every hour of the day (24x7), which is what a customer hears as &quot;within 24 hours&quot;.</source>
        <translation>其他渠道按全天 24 小时计时（24x7），即客户所理解的“24 小时内”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be at least the caution level</source>
        <translation>不得低于注意阈值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least the watch level</source>
        <translation>不得低于关注阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must end at another time than they start</source>
        <translation>结束时间不能与开始时间相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be later than the start</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose at least one day</source>
        <translation>请至少选择一天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default: {value}</source>
        <translation>默认值：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the floor&apos;s settings…</source>
        <translation>正在加载现场设置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the settings: {error}</source>
        <translation>无法加载设置：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check: {errors}</source>
        <translation>请检查：{errors}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put every tab back to the built-in defaults (saved only with OK or Apply)</source>
        <translation>将所有选项卡恢复为内置默认值（点击“确定”或“应用”后才会保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings belong to the floor: they are kept in its database and apply to every console and command using it.</source>
        <translation>这些设置属于整个现场：保存在现场数据库中，适用于使用该数据库的所有控制台和命令。</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../console/ui/preferences/privacy_page.py" line="+65"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text older than this is removed for good: notes on flags and repeat callers, escalation notes, coaching notes and outcomes, recognition texts and issue notes. Counts, times and severities stay, so reports still add up. Checked at every start.</source>
        <translation>超过此期限的自由文本将被永久删除：辱骂标记和重复来电者的备注、升级投诉备注、辅导备注及结果、表扬内容以及问题备注。次数、时间和严重程度会保留，报表统计不受影响。每次启动时检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A shift ends at</source>
        <translation>班次结束时间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A backup is taken after local midnight, after the shift end if set, and when the app closes.</source>
        <translation>在本地时间午夜过后、班次结束后（如已设置）以及程序关闭时自动备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeping data</source>
        <translation>数据保留</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep free-text notes for</source>
        <translation>自由文本备注保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups to keep</source>
        <translation>保留备份数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show full caller numbers</source>
        <translation>显示完整来电号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller numbers are personal data. Shown in full they appear in the calls and flags docks and in reports (unless anonymised) on every console of this floor. Otherwise only the last four digits are shown. The change is recorded in the audit log.</source>
        <translation>来电号码属于个人信息。开启后，本现场所有控制台的来电面板、辱骂标记面板以及报表（未匿名化时）中都将显示完整号码；否则仅显示后四位。此项更改会记录在审计日志中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caller numbers</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest backup</source>
        <translation>最近备份</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved; the change is in the audit log.</source>
        <translation>已保存；此更改已记录在审计日志中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup saved: {name}</source>
        <translation>备份已保存：{name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not {action}: {error}</source>
        <translation>操作失败（{action}）：{error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Privacy and data</source>
        <translation>隐私与数据</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../console/ui/problems_view.py" line="+101"/>
        <source>Ingest problems</source>
        <translation>数据接入问题</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n} lines could not be used. They were kept, not dropped.</source>
        <translation>有 {n} 行无法使用。这些行已保留，没有丢弃。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: every line was read.</source>
        <translation>没有问题：所有行均已读取。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location line="-77"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw text</source>
        <translation>原始内容</translation>
    </message>
</context>
<context>
    <name>QaImportDialog</name>
    <message>
        <location filename="../../console/ui/care/qa_import_dialog.py" line="+91"/>
        <source>Import QA flags</source>
        <translation>导入质检标记</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy rejected rows</source>
        <translation>复制被拒绝的行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported: {imported} · updated: {updated} · rejected: {rejected}</source>
        <translation>已导入：{imported} · 已更新：{updated} · 已拒绝：{rejected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The good rows were kept. Fix the rejected rows in the file and import it again: rows with an id are updated, not added twice.</source>
        <translation>有效的行已保留。请在文件中修正被拒绝的行后重新导入：带有 id 的行会被更新，不会重复添加。</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../console/ui/board/queue_table_model.py" line="+88"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>接听</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon %</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg wait</source>
        <translation>平均等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg talk</source>
        <translation>平均通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>可接听</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left the queue by timeout, key press or empty queue</source>
        <translation>因超时、按键或队列无人值守而离开队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service level today: answered within {t} s / offered, excluding short abandons</source>
        <translation>今日服务水平：{t} 秒内接听 / 呼入，不含短时放弃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean wait before answer</source>
        <translation>接听前的平均等待时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean talk time of completed calls</source>
        <translation>已完成来电的平均通话时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This queue&apos;s own members who can take its next call, of all its members</source>
        <translation>本队列成员中可接听下一通来电的人数 / 全部成员</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>At or above the {target} target</source>
        <translation>达到或高于 {target} 的目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below the {target} target</source>
        <translation>低于 {target} 的目标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{available} of {members}</source>
        <translation>{available} / {members}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{members} members: {available} available, {paused} paused here, {on_call} on a call from this queue</source>
        <translation>{members} 名成员：{available} 名空闲，{paused} 名在本队列暂停，{on_call} 名正在接听本队列来电</translation>
    </message>
</context>
<context>
    <name>RecogniseDialog</name>
    <message>
        <location filename="../../console/ui/positives/recognise_dialog.py" line="+46"/>
        <location line="+52"/>
        <source>Recognise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Choose an agent…</source>
        <translation>选择坐席…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record what went well. It shows in the Positives panel, in the agent&apos;s history and in the shift report.</source>
        <translation>记录做得好的地方。该记录会显示在“正面记录”面板、坐席历史和班次报告中。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Link to {what}</source>
        <translation>关联到 {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>表扬事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they did</source>
        <translation>具体表现</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Say what they did</source>
        <translation>请填写具体表现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a few words (optional), e.g. what the customer said</source>
        <translation>简要说明（可选），例如客户说了什么</translation>
    </message>
</context>
<context>
    <name>RecognitionListModel</name>
    <message>
        <location filename="../../console/ui/positives/positives_list.py" line="+80"/>
        <source>recorded by {who}</source>
        <translation>由 {who} 记录</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../console/ui/audit/recovery_dialog.py" line="+32"/>
        <source>it is not an SQLite database (its header was overwritten, or it is another kind of file)</source>
        <translation>它不是 SQLite 数据库（文件头已被覆盖，或者是别的文件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its pages are damaged or missing (a truncated or partly overwritten file)</source>
        <translation>它的数据页已损坏或缺失（文件被截断或部分被覆盖）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite cannot read it</source>
        <translation>SQLite 无法读取它</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Composure cannot write in {folder}, where the database {path} is. SQLite must write beside the database even to read it.</source>
        <translation>Composure 无法在数据库 {path} 所在的文件夹 {folder} 中写入。即使只是读取，SQLite 也必须在数据库旁边写入文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composure cannot write the database file {path}: it is read-only.</source>
        <translation>Composure 无法写入数据库文件 {path}：它是只读的。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make it writable (or move the database to a folder you can write), or start with --db to use another database.</source>
        <translation>请让它可写（或把数据库移到你能写入的文件夹），或者用 --db 启动以使用另一个数据库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is a folder, not a database file. Start with --db and a file name.</source>
        <translation>{path} 是文件夹，不是数据库文件。请用 --db 加文件名启动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {path} was made by a newer Composure (schema version {found}); this one knows up to version {known}. Update Composure to open it.</source>
        <translation>数据库 {path} 由更新版本的 Composure 创建（架构版本 {found}）；此版本最多只认识版本 {known}。请更新 Composure 后再打开。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database {path} is damaged and cannot be used: {finding}.</source>
        <translation>数据库 {path} 已损坏，无法使用：{finding}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no backup of it. Start with --db to use another database.</source>
        <translation>它没有备份。请用 --db 启动以使用另一个数据库。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The latest backup this version can read is {backup} ({when}): `composure db restore --db {path} {backup}` puts it back (the file it replaces is kept).</source>
        <translation>此版本能读取的最新备份是 {backup}（{when}）：`composure db restore --db {path} {backup}` 可将其恢复（被替换的文件会保留）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Or restore the latest backup this version can read, {name} ({when}): what was written since is not in it. The newer file is kept beside the backups.</source>
        <translation>或者恢复此版本能读取的最新备份 {name}（{when}）：此后写入的内容不在其中。较新的文件会保留在备份旁边。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The latest backup is {name} ({when}). Restore it? The damaged file is kept beside the backups.</source>
        <translation>最新备份是 {name}（{when}）。要恢复它吗？损坏的文件会保留在备份旁边。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Composure — database from a newer version</source>
        <translation>Composure — 数据库来自更新的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composure — cannot write the database</source>
        <translation>Composure — 无法写入数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composure — not a database</source>
        <translation>Composure — 不是数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composure — damaged database</source>
        <translation>Composure — 数据库已损坏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore latest backup</source>
        <translation>恢复最新备份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Composure</source>
        <translation>Composure</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The backup could not be restored: {error}</source>
        <translation>无法恢复备份：{error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored {name}. The replaced database is kept as {kept}.</source>
        <translation>已恢复 {name}。被替换的数据库保留为 {kept}。</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../console/ui/care/qa_import_dialog.py" line="-74"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../console/ui/reports/report_form.py" line="+61"/>
        <source>None ticked: the whole floor.</source>
        <translation>未勾选：整个现场。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (zip)</source>
        <translation>CSV 文件（zip）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace agent names with pseudonyms</source>
        <translation>用化名替换坐席姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each agent gets a stable pseudonym (&quot;Agent 7F3A&quot;), the same in every section and every format.</source>
        <translation>每名坐席分配一个固定化名（如“Agent 7F3A”），在所有章节和所有格式中保持一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Shift:</source>
        <translation>班次(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;eams:</source>
        <translation>班组(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} ({start}–{end} next day)</source>
        <translation>{name}（{start}–次日 {end}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({start}–{end})</source>
        <translation>{name}（{start}–{end}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom range</source>
        <translation>自定义时间段</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Early</source>
        <translation>早班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>中班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night</source>
        <translation>夜班</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../console/ui/reports/report_preview.py" line="+28"/>
        <source>Choose a shift and press Preview to see the report here.</source>
        <translation>选择班次并点击“预览”，即可在此查看报表。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <location filename="../../console/reports/texts.py" line="+16"/>
        <source>Shift report</source>
        <translation>班次报表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-hour intervals</source>
        <translation>半小时时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+68"/>
        <source>Pauses by reason</source>
        <translation>按原因统计的暂停</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+33"/>
        <source>Abusive-call flags</source>
        <translation>辱骂来电标记</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Repeat abusive callers</source>
        <translation>反复辱骂的来电者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching and 1:1 sessions</source>
        <translation>辅导与一对一谈话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor notes</source>
        <translation>主管备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues for management</source>
        <translation>管理层问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coaching sessions are not recorded in this database yet.</source>
        <translation>此数据库尚未记录辅导。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition is not recorded in this database yet.</source>
        <translation>此数据库尚未记录表扬。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations are not recorded in this database yet.</source>
        <translation>此数据库尚未记录升级投诉。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issues for management are not recorded in this database yet.</source>
        <translation>此数据库尚未记录管理层问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the 1:1 talks granted together with a recovery break are listed.</source>
        <translation>仅列出随恢复性休息一并安排的一对一谈话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None in this shift.</source>
        <translation>本班次无记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls offered</source>
        <translation>呼入来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Answered</source>
        <translation>接听</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>of which short abandons (not counted)</source>
        <translation>其中短时放弃（不计入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Service level target</source>
        <translation>服务水平目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Average handle time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe flags (severity 2-3)</source>
        <translation>严重标记（严重程度 2-3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags not acknowledged</source>
        <translation>未确认的标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time to acknowledge</source>
        <translation>确认时间中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time to a break</source>
        <translation>安排休息时间中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery breaks granted</source>
        <translation>已安排的恢复性休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1 talks</source>
        <translation>一对一谈话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations breached</source>
        <translation>已超时的升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations opened</source>
        <translation>新建的升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations resolved</source>
        <translation>已解决的升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations at risk</source>
        <translation>有风险的升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean trust score at first reply</source>
        <translation>首次答复时的平均客户信任度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered in time</source>
        <translation>及时接听</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean wait</source>
        <translation>平均等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean talk</source>
        <translation>平均通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>接听量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed rings</source>
        <translation>振铃未接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>暂停时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strain peak</source>
        <translation>压力峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>休息次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break minutes</source>
        <translation>休息分钟数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation>一对一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To acknowledge (min)</source>
        <translation>确认用时（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To a break (min)</source>
        <translation>至休息用时（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat caller</source>
        <translation>重复来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worst severity</source>
        <translation>最高严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>末次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised (min)</source>
        <translation>承诺时限（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed (min)</source>
        <translation>已用时（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust score</source>
        <translation>信任度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>上报次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insult / profanity</source>
        <translation>侮辱 / 脏话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harassment</source>
        <translation>骚扰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat abuse</source>
        <translation>反复辱骂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1 talk</source>
        <translation>一对一谈话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer coaching</source>
        <translation>同伴辅导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met late</source>
        <translation>逾期达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>辱骂标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliment from a customer</source>
        <translation>客户表扬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved a hard complaint</source>
        <translation>解决了棘手投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helped a colleague</source>
        <translation>帮助同事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network or service fault at a location</source>
        <translation>局部网络或服务故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing error</source>
        <translation>账单错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken process</source>
        <translation>流程缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy causes anger</source>
        <translation>政策引发客户不满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product defect</source>
        <translation>产品缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no reason given)</source>
        <translation>（未注明原因）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams: {teams}</source>
        <translation>班组：{teams}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated {when}</source>
        <translation>生成于 {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent names are replaced by pseudonyms.</source>
        <translation>坐席姓名已替换为化名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue figures cover the whole floor; the team filter applies to agents, flags, breaks and sessions.</source>
        <translation>队列数据涵盖整个现场；班组筛选仅适用于坐席、标记、休息和辅导谈话。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service level = calls answered within {seconds} s / calls offered, excluding abandons under {short} s.</source>
        <translation>服务水平 = {seconds} 秒内接听的来电 / 呼入来电，不含 {short} 秒内的放弃。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strain peak: the highest of the board&apos;s strain score (0-100, from counted events only), read every half hour while the agent was on the floor.</source>
        <translation>压力峰值：看板压力分数（0-100，仅基于已计数的事件）的最高值，在座席在岗期间每半小时读取一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} flags are printed: the most severe, those not acknowledged first. The XLSX and CSV exports list every flag.</source>
        <translation>此处打印 {total} 条标记中的 {shown} 条：最严重的、未确认的优先。XLSX 和 CSV 导出包含全部标记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls per half hour</source>
        <translation>每半小时来电量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level per half hour</source>
        <translation>每半小时服务水平</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intervals per day</source>
        <translation>按天统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervals per week</source>
        <translation>按周统计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calls per day</source>
        <translation>每天来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls per week</source>
        <translation>每周来电</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service level per day</source>
        <translation>每天服务水平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level per week</source>
        <translation>每周服务水平</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a day.</source>
        <translation>每天一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row a week (from Monday).</source>
        <translation>每周一行（从周一起）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a day; {count} days without a call are left out.</source>
        <translation>每天一行；{count} 个没有来电的日子未列出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row a week (from Monday); {count} weeks without a call are left out.</source>
        <translation>每周一行（从周一起）；{count} 个没有来电的周未列出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Chinese font was found on this computer: Chinese text may not print correctly.</source>
        <translation>此计算机上未找到中文字体：中文内容可能无法正确打印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../console/ui/reports/report_dialog.py" line="+38"/>
        <location line="+157"/>
        <source>Export shift report</source>
        <translation>导出班次报表</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting calls…</source>
        <translation>正在统计来电…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-hour intervals…</source>
        <translation>正在按半小时统计…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strain through the shift…</source>
        <translation>正在统计班次内的压力指数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags, breaks and agents…</source>
        <translation>正在统计标记、休息和坐席…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions, escalations and notes…</source>
        <translation>正在统计辅导、升级投诉和备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be made: {error}</source>
        <translation>无法生成报告：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No Chinese font was found: Chinese names may not print in the PDF.</source>
        <translation>未找到中文字体：PDF 中的中文姓名可能无法显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The choices changed: press Preview to see them.</source>
        <translation>选项已更改：请点击“预览”查看。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end of the range must be after its start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip of CSV files (*.zip)</source>
        <translation>CSV 文件压缩包 (*.zip)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../console/ui/shortcuts_dialog.py" line="+125"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Search actions or keys…</source>
        <translation>搜索操作或按键…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No action matches.</source>
        <translation>没有匹配的操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt and the underlined letter opens a menu; Tab moves between the table, the filters and the docks&apos; buttons.</source>
        <translation>按 Alt 加带下划线的字母可打开菜单；按 Tab 可在表格、筛选框和各面板按钮之间切换。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the figures mean</source>
        <translation>指标说明</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../console/ui/preferences/sources_page.py" line="+68"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queue_log (the record of what happened)</source>
        <translation>queue_log（呼叫事件记录）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the Asterisk Manager Interface (live agent states)</source>
        <translation>连接 Asterisk 管理接口（实时坐席状态）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The section name in the PBX&apos;s manager.conf</source>
        <translation>PBX 的 manager.conf 中的节名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set secret…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the system keyring, never in a file</source>
        <translation>保存在系统密钥环中，不会写入文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asterisk Manager Interface</source>
        <translation>Asterisk 管理接口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import folders (QA flags, escalations, rosters)</source>
        <translation>导入文件夹（质检标记、升级投诉、排班表）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last event</source>
        <translation>最新事件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the sources&apos; status again (OK or Apply saves the page)</source>
        <translation>重新读取数据源状态（点击“确定”或“应用”保存本页）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Data sources saved; the AMI link restarts.</source>
        <translation>数据源已保存；AMI 连接将重新启动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret stored in the system keyring.</source>
        <translation>密码已保存到系统密钥环。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: {error}</source>
        <translation>操作失败（{action}）：{error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stored in the system keyring</source>
        <translation>已保存在系统密钥环中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none stored</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>live</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>断开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading</source>
        <translation>读取中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>无活动</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>queue_log file</source>
        <translation>queue_log 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the AMI user first.</source>
        <translation>请先输入 AMI 用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMI secret</source>
        <translation>AMI 密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret for {user}@{host}:{port}</source>
        <translation>{user}@{host}:{port} 的密码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <location filename="../../console/ui/care/suggestion_table_model.py" line="+106"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>检出</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>not counted: {words}</source>
        <translation>未计入：{words}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>aimed at the agent</source>
        <translation>针对坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>veiled</source>
        <translation>隐晦</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{words}”: {category}, severity {severity}{how}</source>
        <translation>“{words}”：{category}，严重程度 {severity}{how}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{words}” not counted: the text speaks of a complaint or a legal step (“{cue}”)</source>
        <translation>“{words}”未计入：文本提到投诉或法律途径（“{cue}”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{words}” not counted: it is quoted and the text talks about the words (“{cue}”)</source>
        <translation>“{words}”未计入：该词为引用，文本是在谈论这些用语（“{cue}”）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record {id}</source>
        <translation>记录 {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick to confirm this line as abusive</source>
        <translation>勾选以确认此行属于辱骂</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <location filename="../../console/ui/coaching/talk_dialog.py" line="+42"/>
        <source>1:1 talk</source>
        <translation>一对一谈话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1:1 talk with &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>与 &lt;b&gt;{agent}&lt;/b&gt; 一对一谈话</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What is going well</source>
        <translation>目前做得好的地方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we will do differently</source>
        <translation>接下来要改进的做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else worth keeping</source>
        <translation>其他值得记录的内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team lead:</source>
        <translation>组长：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs most right now:</source>
        <translation>当前最需要：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What went well:</source>
        <translation>做得好的：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do differently:</source>
        <translation>需要改进的：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan for later</source>
        <translation>稍后安排</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now:</source>
        <translation>改期至：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save talk</source>
        <translation>保存谈话</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Recorded {when}; saving corrects it.</source>
        <translation>已于 {when} 记录；保存将更正此记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned after a recovery break ({when}).</source>
        <translation>已计划在恢复性休息后进行（{when}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned ({when}).</source>
        <translation>已计划（{when}）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last time: {needs}</source>
        <translation>上次：{needs}</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../console/ui/escalations/dock.py" line="-99"/>
        <source>overdue {t}</source>
        <translation>已超时 {t}</translation>
    </message>
</context>
</TS>
