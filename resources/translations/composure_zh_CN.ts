<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="+19"/>
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
        <location filename="../../console/ui/board/agent_table_model.py" line="+191"/>
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
        <location line="+108"/>
        <source>{state} since {time}</source>
        <translation>自 {time} 起{state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery break until {time}</source>
        <translation>恢复性休息至 {time}</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../console/ui/board/kpi_strip.py" line="+117"/>
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
    <name>AlertsStrip</name>
    <message>
        <location filename="../../console/ui/care/alerts_strip.py" line="+31"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Acknowledged; greyed until it clears</source>
        <translation>已确认；在告警解除前保持灰显</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../console/ui/app.py" line="+104"/>
        <source>Composure</source>
        <translation>Composure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot start the board:
{error}</source>
        <translation>无法启动看板：
{error}</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../console/ui/actions.py" line="+25"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ingest problems</source>
        <translation>数据接入问题(&amp;I)</translation>
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
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Composure</source>
        <translation>关于 Composure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Composure&lt;/b&gt;&lt;p&gt;A supervisor console for contact-center floors: a live team board from the Asterisk queue_log, recovery breaks after difficult calls, and escalations that keep their promises.&lt;/p&gt;&lt;p&gt;It counts events; it never infers anyone&apos;s emotions.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Composure&lt;/b&gt;&lt;p&gt;面向呼叫中心现场主管的控制台：基于 Asterisk queue_log 的实时班组看板、困难来电后的恢复休息，以及说到做到的投诉升级跟进。&lt;/p&gt;&lt;p&gt;它只统计发生的事件，从不推断任何人的情绪。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>BoardStatusBar</name>
    <message>
        <location filename="../../console/ui/status_bar.py" line="+66"/>
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
        <location line="+8"/>
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
        <location filename="../../console/ui/board/board_view.py" line="+86"/>
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
        <location line="+40"/>
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
        <location line="+96"/>
        <source>{n} agents</source>
        <translation>共 {n} 名坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {n} agents</source>
        <translation>显示 {shown} / {n} 名坐席</translation>
    </message>
</context>
<context>
    <name>BreaksPanel</name>
    <message>
        <location filename="../../console/ui/care/breaks_panel.py" line="+82"/>
        <source>Recovery breaks</source>
        <translation>恢复性休息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs a break now</source>
        <translation>现在需要休息</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Strain</source>
        <translation>压力指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grant break…</source>
        <translation>安排休息…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody needs a recovery break right now.</source>
        <translation>目前没有人需要恢复性休息。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>1:1 talk</source>
        <translation>一对一谈话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End break</source>
        <translation>结束休息</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>1:1 talk recommended</source>
        <translation>建议一对一谈话</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+8"/>
        <source>Overdue: due back at {time}</source>
        <translation>已超时：应于 {time} 返回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due back at {time}</source>
        <translation>应于 {time} 返回</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../console/ui/care/texts.py" line="+28"/>
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
    <name>DepthChart</name>
    <message>
        <location filename="../../console/ui/board/charts.py" line="+149"/>
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
    <name>FlagDialog</name>
    <message>
        <location filename="../../console/ui/care/flag_dialog.py" line="+26"/>
        <source>Flag abusive call</source>
        <translation>标记辱骂来电</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record an abusive call taken by &lt;b&gt;{agent}&lt;/b&gt;. The flag counts towards the agent&apos;s strain and asks a lead to acknowledge it.</source>
        <translation>记录 &lt;b&gt;{agent}&lt;/b&gt; 接到的一通辱骂来电。该标记会计入坐席的压力指数，并提醒组长确认。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened (optional)</source>
        <translation>发生了什么（可选）</translation>
    </message>
    <message>
        <location line="+3"/>
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
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <location filename="../../console/ui/care/flag_table_model.py" line="+84"/>
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
        <location filename="../../console/ui/care/flags_dock.py" line="+32"/>
        <source>Abuse flags</source>
        <translation>辱骂标记</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+49"/>
        <source>{n} unacknowledged</source>
        <translation>{n} 条未确认</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../console/ui/care/floor_care.py" line="+82"/>
        <source>{agent} is not on the board</source>
        <translation>{agent} 不在看板上</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovery break</source>
        <translation>恢复性休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{agent} is already on a recovery break.</source>
        <translation>{agent} 已在恢复性休息中。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flag abusive call…</source>
        <translation>标记辱骂来电…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant recovery break…</source>
        <translation>安排恢复性休息…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
</context>
<context>
    <name>FloorTray</name>
    <message>
        <location filename="../../console/ui/care/tray.py" line="+40"/>
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
        <location line="+9"/>
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
        <location line="+45"/>
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
        <location line="+57"/>
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
        <location line="+5"/>
        <source>Occupancy over the last hour = (talk + wrap-up) / (talk + wrap-up + available). Healthy up to 85%, caution to 92%, danger above.</source>
        <translation>最近一小时占用率 =（通话 + 话后处理）/（通话 + 话后处理 + 空闲）。85% 以内为健康，85%–92% 需注意，高于 92% 为危险。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No one logged in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Healthy (≤ 85%)</source>
        <translation>健康（≤ 85%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caution (85–92%)</source>
        <translation>注意（85–92%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danger (&gt; 92%)</source>
        <translation>危险（&gt; 92%）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/ui/main_window.py" line="+111"/>
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
        <location line="-66"/>
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
    <name>PauseReason</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="+6"/>
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
    <name>QueueTableModel</name>
    <message>
        <location filename="../../console/ui/board/queue_table_model.py" line="+72"/>
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
        <location line="+26"/>
        <source>At or above the {target} target</source>
        <translation>达到或高于 {target} 的目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below the {target} target</source>
        <translation>低于 {target} 的目标</translation>
    </message>
</context>
</TS>
