<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="+19" />
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged out</source>
        <translation>已登出</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../../console/ui/board/agent_table_model.py" line="+172" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In state</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls</source>
        <translation>接听量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last call</source>
        <translation>上次通话</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Time in the current state, live</source>
        <translation>当前状态已持续的时间（实时）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls answered today</source>
        <translation>今日已接听的来电数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average handle time today (talk + wrap-up per call)</source>
        <translation>今日平均处理时长（每通来电的通话 + 话后处理时长）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rings not answered today (RINGNOANSWER)</source>
        <translation>今日振铃未接次数（RINGNOANSWER）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When the agent's last call today ended (local time)</source>
        <translation>该坐席今日最后一通来电的结束时间（本地时间）</translation>
    </message>
    <message>
        <location line="+94" />
        <source>{state} since {time}</source>
        <translation>自 {time} 起{state}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Time in state is within the usual range</source>
        <translation>状态时长在正常范围内</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Critical: {state} for longer than {limit}</source>
        <translation>严重：{state}已超过 {limit}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning: {state} for longer than {limit}</source>
        <translation>警告：{state}已超过 {limit}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Talk time today: {talk}</source>
        <translation>今日通话时长：{talk}</translation>
    </message>
</context>
<context>
    <name>AgentsTile</name>
    <message>
        <location filename="../../console/ui/board/kpi_strip.py" line="+116" />
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+46" />
        <source>No agent available</source>
        <translation>没有空闲坐席</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} logged in</source>
        <translation>已登录 {n} 人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{caption} · Paused: {reasons}</source>
        <translation>{caption} · 暂停：{reasons}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Agents by current state</source>
        <translation>按当前状态统计的坐席人数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause reasons: {reasons}</source>
        <translation>暂停原因：{reasons}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../console/ui/app.py" line="+104" />
        <source>Composure</source>
        <translation>Composure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot start the board:
{error}</source>
        <translation>无法启动看板：
{error}</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../console/ui/actions.py" line="+25" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Ingest problems</source>
        <translation>数据接入问题(&amp;I)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;About Composure</source>
        <translation>关于 Composure(&amp;A)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About Composure</source>
        <translation>关于 Composure</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Composure&lt;/b&gt;&lt;p&gt;A supervisor console for contact-center floors: a live team board from the Asterisk queue_log, recovery breaks after difficult calls, and escalations that keep their promises.&lt;/p&gt;&lt;p&gt;It counts events; it never infers anyone's emotions.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Composure&lt;/b&gt;&lt;p&gt;面向呼叫中心现场主管的控制台：基于 Asterisk queue_log 的实时班组看板、困难来电后的恢复休息，以及说到做到的投诉升级跟进。&lt;/p&gt;&lt;p&gt;它只统计发生的事件，从不推断任何人的情绪。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>BoardStatusBar</name>
    <message>
        <location filename="../../console/ui/status_bar.py" line="+66" />
        <source>Ingest: no source</source>
        <translation>数据接入：无数据源</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Last event: {time}</source>
        <translation>最新事件：{time}</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Problems: {n}</source>
        <translation>问题：{n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lines the reader could not use — click to list them</source>
        <translation>无法使用的数据行 — 点击查看列表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown events: {n}</source>
        <translation>未知事件：{n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Events this version does not know; kept as-is and counted</source>
        <translation>当前版本无法识别的事件；已原样保留并计数</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ingest: OK</source>
        <translation>数据接入：正常</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingest: waiting for file</source>
        <translation>数据接入：等待文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The queue_log file does not exist yet</source>
        <translation>queue_log 文件尚不存在</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingest: database locked, retrying</source>
        <translation>数据接入：数据库被锁定，正在重试</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingest: {status}</source>
        <translation>数据接入：{status}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ingest: error, retrying</source>
        <translation>数据接入：出错，正在重试</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Board: cannot read the database, retrying</source>
        <translation>看板：无法读取数据库，正在重试</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../console/ui/board/board_view.py" line="+85" />
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search agents…</source>
        <translation>搜索坐席…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Queues today</source>
        <translation>今日各队列</translation>
    </message>
    <message>
        <location line="+28" />
        <source>No data source</source>
        <translation>没有数据源</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Run &lt;code&gt;composure demo&lt;/code&gt; to watch a simulated floor, or start with &lt;code&gt;--queue-log FILE&lt;/code&gt; to follow an Asterisk queue_log.</source>
        <translation>运行 &lt;code&gt;composure demo&lt;/code&gt; 查看模拟的呼叫中心现场，或使用 &lt;code&gt;--queue-log FILE&lt;/code&gt; 启动，跟踪 Asterisk 的 queue_log 文件。</translation>
    </message>
    <message>
        <location line="+72" />
        <source>{n} agents</source>
        <translation>共 {n} 名坐席</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{shown} of {n} agents</source>
        <translation>显示 {shown} / {n} 名坐席</translation>
    </message>
</context>
<context>
    <name>DepthChart</name>
    <message>
        <location filename="../../console/ui/board/charts.py" line="+149" />
        <source>Queue depth, last hour</source>
        <translation>排队数（最近一小时）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Calls waiting</source>
        <translation>排队中</translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <location line="-50" />
        <source>Calls per 15 minutes</source>
        <translation>每 15 分钟来电量</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered</source>
        <translation>接听</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../console/ui/board/kpi_strip.py" line="+18" />
        <source>Calls waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SL today</source>
        <translation>今日服务水平</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SL last 30 min</source>
        <translation>半小时服务水平</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AHT today</source>
        <translation>今日平均处理时长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <location line="+57" />
        <source>More than {n} waiting</source>
        <translation>排队超过 {n} 通</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Queue clear</source>
        <translation>无人排队</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alert above {n}</source>
        <translation>超过 {n} 通告警</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Over {limit}</source>
        <translation>超过 {limit}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Over {s} s</source>
        <translation>超过 {s} 秒</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No one waiting</source>
        <translation>无人等待</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Within {s} s</source>
        <translation>{s} 秒以内</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Service level = calls answered within {s} s / calls offered, excluding abandons under {short} s and calls still waiting less than {s} s. Target {target}. (Asterisk's own figure divides by completed calls only.)</source>
        <translation>服务水平 = {s} 秒内接听的来电 / 呼入来电，不含 {short} 秒内的放弃，也不含仍在等待且未满 {s} 秒的来电。目标 {target}。（Asterisk 自带的指标仅以已完成的来电为分母。）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Calls offered in the last 30 minutes.</source>
        <translation>统计最近 30 分钟内的呼入来电。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Abandoned / offered today, excluding abandons under {short} s</source>
        <translation>今日放弃 / 呼入，不含 {short} 秒内的放弃</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+21" />
        <source>No calls yet</source>
        <translation>暂无来电</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+3" />
        <source>Above {limit}</source>
        <translation>高于 {limit}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most {limit}</source>
        <translation>不高于 {limit}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Talk + wrap-up per call</source>
        <translation>每通通话 + 话后处理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average handle time today: (talk + wrap-up) / calls handled</source>
        <translation>今日平均处理时长 =（通话 + 话后处理）/ 已处理来电数</translation>
    </message>
    <message>
        <location line="+11" />
        <source>On target ({target} in {s} s)</source>
        <translation>达标（{s} 秒内 {target}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Below target ({target} in {s} s)</source>
        <translation>未达标（{s} 秒内 {target}）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Occupancy over the last hour = (talk + wrap-up) / (talk + wrap-up + available). Healthy up to 85%, caution to 92%, danger above.</source>
        <translation>最近一小时占用率 =（通话 + 话后处理）/（通话 + 话后处理 + 空闲）。85% 以内为健康，85%–92% 需注意，高于 92% 为危险。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one logged in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Healthy (≤ 85%)</source>
        <translation>健康（≤ 85%）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caution (85–92%)</source>
        <translation>注意（85–92%）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Danger (&gt; 92%)</source>
        <translation>危险（&gt; 92%）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/ui/main_window.py" line="+38" />
        <source>Composure — Team board (demo)</source>
        <translation>Composure — 班组看板（演示）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Composure — Team board</source>
        <translation>Composure — 班组看板</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>PauseReason</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="+6" />
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilet</source>
        <translation>如厕</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recovery</source>
        <translation>恢复休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No reason</source>
        <translation>未注明原因</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../console/ui/problems_view.py" line="+101" />
        <source>Ingest problems</source>
        <translation>数据接入问题</translation>
    </message>
    <message>
        <location line="+40" />
        <source>{n} lines could not be used. They were kept, not dropped.</source>
        <translation>有 {n} 行无法使用。这些行已保留，没有丢弃。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No problems: every line was read.</source>
        <translation>没有问题：所有行均已读取。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location line="-77" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Raw text</source>
        <translation>原始内容</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../console/ui/board/queue_table_model.py" line="+72" />
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered</source>
        <translation>接听</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SL</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandon %</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avg wait</source>
        <translation>平均等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avg talk</source>
        <translation>平均通话</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Left the queue by timeout, key press or empty queue</source>
        <translation>因超时、按键或队列无人值守而离开队列</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service level today: answered within {t} s / offered, excluding short abandons</source>
        <translation>今日服务水平：{t} 秒内接听 / 呼入，不含短时放弃</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mean wait before answer</source>
        <translation>接听前的平均等待时长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean talk time of completed calls</source>
        <translation>已完成来电的平均通话时长</translation>
    </message>
    <message>
        <location line="+26" />
        <source>At or above the {target} target</source>
        <translation>达到或高于 {target} 的目标</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Below the {target} target</source>
        <translation>低于 {target} 的目标</translation>
    </message>
</context>
</TS>
