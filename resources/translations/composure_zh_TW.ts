<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../console/ui/about_dialog.py" line="+162" />
        <source>About Composure</source>
        <translation>關於 Composure</translation>
    </message>
    <message>
        <location line="+4" />
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licences</source>
        <translation>許可證</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the versions and paths, e.g. for a support request</source>
        <translation>複製版本和路徑資訊，例如用於技術支援請求</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A supervisor console for contact-center floors: a live team board from the Asterisk queue_log, recovery breaks after difficult calls, and escalations that keep their promises. It counts events; it never infers anyone's emotions.</source>
        <translation>面向呼叫中心現場的主管控制台：基於 Asterisk queue_log 的即時班組看板、棘手來電後的恢復性休息，以及確保兌現回電承諾的升級投訴管理。它只統計事件，從不推斷任何人的情緒。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Composure is free software under the MIT licence. The libraries it bundles are listed under “Licences”.</source>
        <translation>Composure 是採用 MIT 許可證的自由軟體。其附帶的庫列於“許可證”頁中。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating system</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data directory</source>
        <translation>資料目錄</translation>
    </message>
    <message>
        <location line="+0" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text detector</source>
        <translation>文本檢測器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OpenCC dictionaries</source>
        <translation>OpenCC 詞典</translation>
    </message>
    <message>
        <location line="+1" />
        <source>built-in traditional Chinese table</source>
        <translation>內建繁體中文對照表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aho-Corasick (C)</source>
        <translation>Aho-Corasick (C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aho-Corasick (Python)</source>
        <translation>Aho-Corasick (Python)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Library</source>
        <translation>庫</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Licence</source>
        <translation>許可證</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Homepage</source>
        <translation>主頁</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not installed</source>
        <translation>未安裝</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Double-click a row to open the library's homepage, where its licence text and source code are published.</source>
        <translation>雙擊某行可開啟該庫的主頁，其中釋出了許可證文本和原始碼。</translation>
    </message>
</context>
<context>
    <name>ActionPrompt</name>
    <message>
        <location filename="../../console/ui/escalations/work_dialog.py" line="+68" />
        <source>Hand to</source>
        <translation>轉交給</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+5" />
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Promise</source>
        <translation>承諾時限</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="+25" />
        <source>Available</source>
        <translation>空閒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On a call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrap-up</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused</source>
        <translation>暫停</translation>
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
        <location filename="../../console/ui/board/agent_table_model.py" line="+329" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strain</source>
        <translation>壓力指數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In state</source>
        <translation>狀態時長</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls</source>
        <translation>接聽量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AHT</source>
        <translation>平均處理時長</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last call</source>
        <translation>上次通話</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Strain score 0-100, counted from events only (abusive calls, complaints, long calls, time without a break, occupancy)</source>
        <translation>壓力指數 0–100，僅按實際發生的事件計算（辱罵來電、投訴、超長通話、連續工作未休息時長、佔用率）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time in the current state, live</source>
        <translation>當前狀態已持續的時間（即時）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls answered today</source>
        <translation>今日已接聽的來電數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average handle time today (talk + wrap-up per call)</source>
        <translation>今日平均處理時長（每通來電的通話 + 話後處理時長）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rings not answered today (RINGNOANSWER)</source>
        <translation>今日振鈴未接次數（RINGNOANSWER）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When the agent's last call today ended (local time)</source>
        <translation>該坐席今日最後一通來電的結束時間（本地時間）</translation>
    </message>
    <message>
        <location line="+131" />
        <source>{state} since {time}</source>
        <translation>自 {time} 起{state}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Recovery break until {time}</source>
        <translation>恢復性休息至 {time}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{state} in {queue}</source>
        <translation>{queue}佇列：{state}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{t} left</source>
        <translation>剩餘 {t}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{t} over</source>
        <translation>已超時 {t}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Strain {score} of 100 ({level})</source>
        <translation>壓力指數 {score}/100（{level}）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A 1:1 talk with the team lead is recommended</source>
        <translation>建議與組長進行一對一談話</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Time in state is within the usual range</source>
        <translation>狀態時長在正常範圍內</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Critical: {state} for longer than {limit}</source>
        <translation>嚴重：{state}已超過 {limit}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning: {state} for longer than {limit}</source>
        <translation>警告：{state}已超過 {limit}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Talk time today: {talk}</source>
        <translation>今日通話時長：{talk}</translation>
    </message>
</context>
<context>
    <name>AgentsTile</name>
    <message>
        <location filename="../../console/ui/board/kpi_strip.py" line="+135" />
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+46" />
        <source>No agent available</source>
        <translation>沒有空閒坐席</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} logged in</source>
        <translation>已登入 {n} 人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{caption} · Paused: {reasons}</source>
        <translation>{caption} · 暫停：{reasons}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Agents by current state</source>
        <translation>按當前狀態統計的坐席人數</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause reasons: {reasons}</source>
        <translation>暫停原因：{reasons}</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <location filename="../../console/ui/escalations/aging_chart.py" line="+33" />
        <source>Open backlog by time left</source>
        <translation>未結升級投訴（按剩餘時間）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>hours left</source>
        <translation>剩餘小時數</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+8" />
        <source>late</source>
        <translation>已超時</translation>
    </message>
</context>
<context>
    <name>AlertsStrip</name>
    <message>
        <location filename="../../console/ui/care/alerts_strip.py" line="+55" />
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Acknowledged by {who} at {time}; greyed until it clears</source>
        <translation>已由 {who} 於 {time} 確認；在告警解除前保持灰顯</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Acknowledged; greyed until it clears</source>
        <translation>已確認；在告警解除前保持灰顯</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+66" />
        <source>+{count} more</source>
        <translation>還有 {count} 條</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} more alerts ({open} not acknowledged): choose one to acknowledge it</source>
        <translation>還有 {count} 條告警（{open} 條未確認）：選擇一條即可確認</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../console/ui/app.py" line="+116" />
        <source>No font on this computer can show Chinese: its text appears as empty boxes. Install a CJK font (Debian and Ubuntu: sudo apt install fonts-noto-cjk) and start Composure again.</source>
        <translation>這臺電腦上沒有能顯示中文的字型，中文會顯示為空白方框。請安裝中日韓字型（Debian 和 Ubuntu：sudo apt install fonts-noto-cjk），然後重新啟動 Composure。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Composure</source>
        <translation>Composure</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Cannot start the board:
{error}</source>
        <translation>無法啟動看板：
{error}</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../../console/ui/preferences/appearance_page.py" line="+50" />
        <location line="+6" />
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+8" />
        <source>These choices are yours: they are kept for your user on this computer, not in the floor's database.</source>
        <translation>這些選項僅對您本人生效：儲存在本機您的使用者配置中，而不是現場資料庫中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Theme and language change when Composure starts next. The --theme and --lang options still override them for one run.</source>
        <translation>主題和語言將在下次啟動 Composure 時生效。--theme 和 --lang 選項仍可在單次執行時覆蓋這些設定。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
</context>
<context>
    <name>ArrangeCoachingDialog</name>
    <message>
        <location filename="../../console/ui/coaching/arrange_dialog.py" line="+66" />
        <source>Arrange peer coaching</source>
        <translation>安排同伴輔導</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Peer coaching for &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>為 &lt;b&gt;{agent}&lt;/b&gt; 安排同伴輔導</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+129" />
        <source>No particular call</source>
        <translation>不指定來電</translation>
    </message>
    <message>
        <location line="-120" />
        <source>Coach</source>
        <translation>輔導員</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+43" />
        <source>Looking for coaches…</source>
        <translation>正在查詢輔導員…</translation>
    </message>
    <message>
        <location line="-37" />
        <source>What should the coach look at? For example: calming a caller who shouts</source>
        <translation>輔導員應關注什麼？例如：如何安撫大聲叫嚷的來電者</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Call to review:</source>
        <translation>復盤來電：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focus:</source>
        <translation>重點：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due:</source>
        <translation>截止時間：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Arrange</source>
        <translation>安排</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Suggested coaches</source>
        <translation>推薦輔導員</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The session was not arranged: {error}</source>
        <translation>未能安排輔導：{error}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not rank coaches: {error}</source>
        <translation>無法為輔導員排序：{error}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Suggested</source>
        <translation>推薦</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Also possible</source>
        <translation>也可選</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not available now</source>
        <translation>暫不可用</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Best first: same call category (queue), same team, fewest sessions this week, then experience.</source>
        <translation>排序依次參考：來電類別（佇列）相同、同班組、本週輔導次數最少，最後看經驗。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../console/ui/audit/action_texts.py" line="+14" />
        <source>Floor alert</source>
        <translation>現場告警</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recovery break</source>
        <translation>恢復性休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caller</source>
        <translation>來電者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coaching</source>
        <translation>輔導</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peer coaching</source>
        <translation>同伴輔導</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1:1 talk</source>
        <translation>一對一談話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalation</source>
        <translation>升級投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abuse flag</source>
        <translation>辱罵標記</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issue for management</source>
        <translation>管理層問題</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issue cause</source>
        <translation>問題原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recognition</source>
        <translation>表揚</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Roster</source>
        <translation>人員名冊</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Privacy</source>
        <translation>隱私</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Floor settings</source>
        <translation>現場設定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs list</source>
        <translation>需求列表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shift report</source>
        <translation>班次報表</translation>
    </message>
    <message>
        <location line="+3" />
        <source>acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location line="+1" />
        <source>added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location line="+1" />
        <source>archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>backed up</source>
        <translation>已備份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+32" />
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="-31" />
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location line="+1" />
        <source>created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exported</source>
        <translation>已匯出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>granted</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+1" />
        <source>handed off</source>
        <translation>已轉交</translation>
    </message>
    <message>
        <location line="+1" />
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>marked as a repeat abuser</source>
        <translation>已標記為反覆辱罵者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>note added</source>
        <translation>已新增備註</translation>
    </message>
    <message>
        <location line="+1" />
        <source>opened</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clock paused</source>
        <translation>計時已暫停</translation>
    </message>
    <message>
        <location line="+1" />
        <source>planned</source>
        <translation>已計劃</translation>
    </message>
    <message>
        <location line="+1" />
        <source>promise changed</source>
        <translation>承諾已修改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>old text purged</source>
        <translation>舊文本已清除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>recorded</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>renamed</source>
        <translation>已重新命名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reported</source>
        <translation>已上報</translation>
    </message>
    <message>
        <location line="+1" />
        <source>resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+1" />
        <source>restored</source>
        <translation>已恢復</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clock resumed</source>
        <translation>計時已恢復</translation>
    </message>
    <message>
        <location line="+1" />
        <source>saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status changed</source>
        <translation>狀態已更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location line="+1" />
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+2" />
        <source>alerts changed</source>
        <translation>告警設定已更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>breaks changed</source>
        <translation>休息設定已更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>service level changed</source>
        <translation>服務水平設定已更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>strain changed</source>
        <translation>壓力指數設定已更改</translation>
    </message>
    <message>
        <location line="+2" />
        <source>retention changed</source>
        <translation>保留期限已更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>backups kept changed</source>
        <translation>備份保留數已更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>shift end changed</source>
        <translation>班次結束時間已更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>full caller numbers changed</source>
        <translation>完整來電號碼設定已更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AMI secret changed</source>
        <translation>AMI 密碼已更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pseudonym key created</source>
        <translation>已建立化名金鑰</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{what} · {done}</source>
        <translation>{what} · {done}</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../console/ui/audit/audit_dialog.py" line="+48" />
        <source>Audit log</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Search who, what, subject, details…</source>
        <translation>搜尋操作人、操作、物件、詳情…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+8" />
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <location line="+2" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Reading the audit log…</source>
        <translation>正在讀取審計日誌…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot read the audit log: {error}</source>
        <translation>無法讀取審計日誌：{error}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{shown} of {total} entries</source>
        <translation>顯示 {shown} / {total} 條記錄</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../console/ui/audit/audit_model.py" line="+59" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Subject</source>
        <translation>物件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <location filename="../../console/ui/escalations/backlog_model.py" line="+151" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Held by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opened</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Due {when}</source>
        <translation>截止時間：{when}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The clock is paused while waiting on the customer</source>
        <translation>等待客戶回覆期間計時暫停</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Trust at the first reply: (1 − reply / promise) × 100 = {t:.0f}</source>
        <translation>首次答覆時的客戶信任度：(1 − 答覆用時 / 承諾時限) × 100 = {t:.0f}</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../console/ui/actions.py" line="+26" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Preferences…</source>
        <translation>首選項(&amp;P)…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Ingest problems</source>
        <translation>資料接入問題(&amp;I)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Audit log…</source>
        <translation>審計日誌(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Export shift report…</source>
        <translation>匯出班次報告(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;About Composure</source>
        <translation>關於 Composure(&amp;A)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Reports</source>
        <translation>報表(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>BoardStatusBar</name>
    <message>
        <location filename="../../console/ui/status_bar.py" line="+70" />
        <source>Ingest: no source</source>
        <translation>資料接入：無資料來源</translation>
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
        <translation>問題：{n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lines the reader could not use — click to list them</source>
        <translation>無法使用的資料行 — 點選檢視列表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown events: {n}</source>
        <translation>未知事件：{n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Events this version does not know; kept as-is and counted</source>
        <translation>當前版本無法識別的事件；已原樣保留並計數</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ingest: OK</source>
        <translation>資料接入：正常</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingest: waiting for file</source>
        <translation>資料接入：等待檔案</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The queue_log file does not exist yet</source>
        <translation>queue_log 檔案尚不存在</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingest: database locked, retrying</source>
        <translation>資料接入：資料庫被鎖定，正在重試</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingest: {status}</source>
        <translation>資料接入：{status}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Asterisk Manager Interface {host}:{port}</source>
        <translation>Asterisk 管理介面 {host}:{port}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Last AMI event: {time}</source>
        <translation>最新 AMI 事件：{time}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>AMI: connected, last event {time}</source>
        <translation>AMI：已連線，最新事件 {time}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AMI: connecting…</source>
        <translation>AMI：正在連線…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AMI: login failed</source>
        <translation>AMI：登入失敗</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>(retry in {n} s)</source>
        <translation>（{n} 秒後重試）</translation>
    </message>
    <message>
        <location line="-2" />
        <source>AMI: unreachable</source>
        <translation>AMI：無法連線</translation>
    </message>
    <message>
        <location line="+5" />
        <source>AMI: reconnecting in {n} s</source>
        <translation>AMI：{n} 秒後重新連線</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AMI: stopped</source>
        <translation>AMI：已停止</translation>
    </message>
    <message>
        <location line="+4" />
        <source>AMI: error</source>
        <translation>AMI：出錯</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ingest: error, retrying</source>
        <translation>資料接入：出錯，正在重試</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Board: cannot read the database, retrying</source>
        <translation>看板：無法讀取資料庫，正在重試</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../console/ui/board/board_view.py" line="+89" />
        <source>All teams</source>
        <translation>全部班組</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search agents…</source>
        <translation>搜尋坐席…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Queues today</source>
        <translation>今日各佇列</translation>
    </message>
    <message>
        <location line="+28" />
        <source>No data source</source>
        <translation>沒有資料來源</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Run &lt;code&gt;composure demo&lt;/code&gt; to watch a simulated floor, or start with &lt;code&gt;--queue-log FILE&lt;/code&gt; to follow an Asterisk queue_log.</source>
        <translation>執行 &lt;code&gt;composure demo&lt;/code&gt; 檢視模擬的呼叫中心現場，或使用 &lt;code&gt;--queue-log FILE&lt;/code&gt; 啟動，跟蹤 Asterisk 的 queue_log 檔案。</translation>
    </message>
    <message>
        <location line="+123" />
        <source>{n} agents</source>
        <translation>共 {n} 名坐席</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{shown} of {n} agents</source>
        <translation>顯示 {shown} / {n} 名坐席</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} · order held while pointing</source>
        <translation>{count} · 指標在表上時暫停排序</translation>
    </message>
</context>
<context>
    <name>BreaksPanel</name>
    <message>
        <location filename="../../console/ui/care/breaks_panel.py" line="+107" />
        <source>Recovery breaks</source>
        <translation>恢復性休息</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Needs a break now</source>
        <translation>現在需要休息</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+29" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Strain</source>
        <translation>壓力指數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Grant break…</source>
        <translation>安排休息…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody needs a recovery break right now.</source>
        <translation>目前沒有人需要恢復性休息。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agents to watch</source>
        <translation>需關注的坐席</translation>
    </message>
    <message>
        <location line="+5" />
        <source>On a recovery break</source>
        <translation>正在恢復性休息</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left</source>
        <translation>剩餘</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Length</source>
        <translation>時長</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+69" />
        <source>1:1 talk</source>
        <translation>一對一談話</translation>
    </message>
    <message>
        <location line="-65" />
        <source>End break</source>
        <translation>結束休息</translation>
    </message>
    <message>
        <location line="+55" />
        <source>1:1 talk recommended</source>
        <translation>建議一對一談話</translation>
    </message>
    <message>
        <location line="+15" />
        <source>+{n} more</source>
        <translation>另有 {n} 人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Watch, under the break threshold: {names}</source>
        <translation>需關注（未達休息閾值）：{names}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Starts when the call ends</source>
        <translation>通話結束後開始</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{t} left</source>
        <translation>剩餘 {t}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{t} over</source>
        <translation>已超時 {t}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} min</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Granted at {time} during a call: the {n} minutes start counting when the call ends</source>
        <translation>{time} 通話中批准：{n} 分鐘在通話結束後開始倒計時</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Overdue: due back at {time}</source>
        <translation>已超時：應於 {time} 返回</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due back at {time}</source>
        <translation>應於 {time} 返回</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <location filename="../../console/ui/calls/calls_table_model.py" line="+70" />
        <source>Waiting</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On the call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Answered</source>
        <translation>已接聽</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transferred</source>
        <translation>已轉接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timed out</source>
        <translation>超時退出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left by key press</source>
        <translation>按鍵退出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No agents</source>
        <translation>無坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lost (no end seen)</source>
        <translation>丟失（無結束記錄）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Answered; the caller hung up</source>
        <translation>已接聽；來電者結束通話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered; the agent hung up</source>
        <translation>已接聽；坐席結束通話</translation>
    </message>
</context>
<context>
    <name>CallsDock</name>
    <message>
        <location filename="../../console/ui/calls/calls_dock.py" line="+45" />
        <source>Recent calls</source>
        <translation>最近來電</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Filter: agent, queue or caller digits</source>
        <translation>篩選：坐席、佇列或來電號碼</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All outcomes</source>
        <translation>全部結果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered</source>
        <translation>已接聽</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other endings</source>
        <translation>其他結束方式</translation>
    </message>
    <message>
        <location line="+61" />
        <source>1 call</source>
        <translation>1 通來電</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n calls</source>
        <translation>
            <numerusform>%n 通來電</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <location line="+38" />
        <source>{agent} ({queue}, {time})</source>
        <translation>{agent}（{queue}，{time}）</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Flag abusive call…</source>
        <translation>標記辱罵來電…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open agent</source>
        <translation>檢視坐席</translation>
    </message>
    <message>
        <location filename="../../console/ui/calls/floor_calls.py" line="+32" />
        <source>Check call notes for abuse…</source>
        <translation>檢查通話記錄中的辱罵內容…</translation>
    </message>
</context>
<context>
    <name>CallsTableModel</name>
    <message>
        <location filename="../../console/ui/calls/calls_table_model.py" line="+102" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caller</source>
        <translation>來電號碼</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talk</source>
        <translation>通話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Flagged as abusive</source>
        <translation>已標記為辱罵</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last four digits only</source>
        <translation>僅顯示後四位</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Flagged as abusive · {severity}</source>
        <translation>已標記為辱罵 · {severity}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Entered the queue at {time} · call {callid}</source>
        <translation>{time} 進入佇列 · 來電 {callid}</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../console/ui/care/texts.py" line="+29" />
        <source>{m} min</source>
        <translation>{m} 分鐘</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{h} h</source>
        <translation>{h} 小時</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{h} h {m} min</source>
        <translation>{h} 小時 {m} 分鐘</translation>
    </message>
    <message>
        <location line="+9" />
        <source>1 abusive call just now</source>
        <translation>剛剛 1 次辱罵來電</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 abusive call %1 ago</source>
        <translation>%1前 1 次辱罵來電</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n abusive calls in %1</source>
        <translation>
            <numerusform>%1內 %n 次辱罵來電</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 threat just now</source>
        <translation>剛剛 1 次威脅</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 threat %1 ago</source>
        <translation>%1前 1 次威脅</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n threats in %1</source>
        <translation>
            <numerusform>%1內 %n 次威脅</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 complaint in %1</source>
        <translation>%1內 1 次投訴</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n complaints in %1</source>
        <translation>
            <numerusform>%1內 %n 次投訴</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 escalated call in %1</source>
        <translation>%1內 1 通升級來電</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n escalated calls in %1</source>
        <translation>
            <numerusform>%1內 %n 通升級來電</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 very long call in %1</source>
        <translation>%1內 1 通超長通話</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n very long calls in %1</source>
        <translation>
            <numerusform>%1內 %n 通超長通話</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>strain carried over from the previous shift</source>
        <translation>上一班次遺留的壓力</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{p} % occupancy in the last hour</source>
        <translation>過去一小時佔用率 {p}%</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{d} since last break</source>
        <translation>距上次休息已 {d}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>threat or harassment flagged: break and 1:1 talk now</source>
        <translation>已標記威脅或騷擾：請立即安排休息和一對一談話</translation>
    </message>
    <message>
        <location line="+7" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+9" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Watch</source>
        <translation>關注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Break recommended</source>
        <translation>建議休息</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Insult / profanity</source>
        <translation>侮辱 / 髒話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threat</source>
        <translation>威脅</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Harassment</source>
        <translation>騷擾</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat abuse</source>
        <translation>反覆辱罵</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Phone system</source>
        <translation>電話系統</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QA import</source>
        <translation>質檢匯入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detector</source>
        <translation>自動檢測</translation>
    </message>
    <message>
        <location line="+10" />
        <source>1 · Abusive</source>
        <translation>1 · 辱罵</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 · Severe</source>
        <translation>2 · 嚴重</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3 · Threat / harassment</source>
        <translation>3 · 威脅 / 騷擾</translation>
    </message>
    <message>
        <location line="+16" />
        <source>1 call waiting</source>
        <translation>1 通來電排隊中</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n calls waiting</source>
        <translation>
            <numerusform>%n 通來電排隊中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Longest wait {t}</source>
        <translation>最長等待 {t}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Service level {sl} (30 min) under target {target}</source>
        <translation>服務水平 {sl}（30 分鐘）低於目標 {target}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1 abandon in the last hour</source>
        <translation>過去一小時 1 通放棄</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n abandons in the last hour</source>
        <translation>
            <numerusform>過去一小時 %n 通放棄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No agent available</source>
        <translation>無空閒坐席</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Strain over threshold: {agent}</source>
        <translation>壓力指數超過閾值：{agent}</translation>
    </message>
</context>
<context>
    <name>CauseCountModel</name>
    <message>
        <location filename="../../console/ui/positives/issue_models.py" line="+66" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reports</source>
        <translation>上報數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues</source>
        <translation>問題數</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{n} reports today · {issues} issues: {open} open, {sent} sent to management, {fixed} fixed</source>
        <translation>今日上報 {n} 次 · 共 {issues} 個問題：{open} 個未解決，{sent} 個已提交管理層，{fixed} 個已修復</translation>
    </message>
</context>
<context>
    <name>CausesDialog</name>
    <message>
        <location filename="../../console/ui/positives/causes_dialog.py" line="+38" />
        <source>Causes of issues for management</source>
        <translation>管理層問題的原因</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The causes leads choose from when they report an issue. Archived causes are no longer offered; their issues stay counted.</source>
        <translation>組長上報問題時可選擇的原因。已歸檔的原因不再提供選擇，但其相關問題仍計入統計。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+62" />
        <source>Archive</source>
        <translation>歸檔</translation>
    </message>
    <message>
        <location line="-25" />
        <source>{cause} (archived)</source>
        <translation>{cause}（已歸檔）</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add a cause</source>
        <translation>新增原因</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+9" />
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Name (leave empty for the standard name):</source>
        <translation>名稱（留空則使用標準名稱）：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rename cause</source>
        <translation>重新命名原因</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Not saved: {error}</source>
        <translation>未儲存：{error}</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <location filename="../../console/ui/coaching/history_dialog.py" line="+54" />
        <source>focus: {text}</source>
        <translation>重點：{text}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>needs: {needs}</source>
        <translation>需求：{needs}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>went well: {text}</source>
        <translation>做得好：{text}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>differently: {text}</source>
        <translation>可改進：{text}</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+28" />
        <source>{queue} call</source>
        <translation>{queue} 來電</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Coached a colleague</source>
        <translation>輔導了同事</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Abuse flag: {category} ({severity})</source>
        <translation>辱罵標記：{category}（{severity}）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>not acknowledged</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Recovery break, {n} min</source>
        <translation>恢復性休息，{n} 分鐘</translation>
    </message>
    <message>
        <location line="+4" />
        <source>running now</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>back after {n} min</source>
        <translation>{n} 分鐘後返回</translation>
    </message>
    <message>
        <location line="+3" />
        <source>with a 1:1 talk</source>
        <translation>含一對一談話</translation>
    </message>
    <message>
        <location filename="../../console/ui/coaching/needs_widgets.py" line="+45" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../console/ui/coaching/request_dialog.py" line="+50" />
        <source>Not saved: {error}</source>
        <translation>未儲存：{error}</translation>
    </message>
    <message>
        <location filename="../../console/ui/coaching/texts.py" line="+27" />
        <source>unknown tenure</source>
        <translation>在崗時長未知</translation>
    </message>
    <message>
        <location line="+2" />
        <source>under a month</source>
        <translation>不到一個月</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 month</source>
        <translation>1個月</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n months</source>
        <translation>
            <numerusform>%n個月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n years</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>takes {queue} calls</source>
        <translation>接聽 {queue} 來電</translation>
    </message>
    <message>
        <location line="+3" />
        <source>same team</source>
        <translation>同班組</translation>
    </message>
    <message>
        <location line="+2" />
        <source>coach</source>
        <translation>輔導員</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{tenure} on the floor</source>
        <translation>在崗{tenure}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no sessions this week</source>
        <translation>本週無輔導</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 session this week</source>
        <translation>本週 1 次輔導</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n sessions this week</source>
        <translation>
            <numerusform>本週 %n 次輔導</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>no start date on the roster and no coach mark</source>
        <translation>人員名冊中無入職日期，且無輔導員標記</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only {tenure} on the floor, no coach mark</source>
        <translation>僅在崗{tenure}，且無輔導員標記</translation>
    </message>
    <message>
        <location line="+4" />
        <source>under strain ({score})</source>
        <translation>壓力指數偏高（{score}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>on a recovery break</source>
        <translation>正在恢復性休息</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>already %n sessions this week</source>
        <translation>
            <numerusform>本週已有 %n 次輔導</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>nobody else is on the roster</source>
        <translation>人員名冊中沒有其他人</translation>
    </message>
    <message>
        <location line="+5" />
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n with too little experience and no coach mark</source>
        <translation>
            <numerusform>%n 人經驗不足且無輔導員標記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n under strain</source>
        <translation>
            <numerusform>%n 人壓力指數偏高</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n on a recovery break</source>
        <translation>
            <numerusform>%n 人正在恢復性休息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n fully booked this week</source>
        <translation>
            <numerusform>%n 人本週輔導已排滿</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody else is on the roster yet. Import it with “composure ingest roster FILE”.</source>
        <translation>人員名冊中還沒有其他人。請用“composure ingest roster FILE”匯入。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody can coach right now: {why}.</source>
        <translation>目前無人可擔任輔導員：{why}。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Peer coaching</source>
        <translation>同伴輔導</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1:1 talk</source>
        <translation>一對一談話</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peer</source>
        <translation>同伴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1:1</source>
        <translation>一對一</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A calmer hour</source>
        <translation>安排一小時輕鬆時段</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recognition</source>
        <translation>表揚</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help with hard cases</source>
        <translation>疑難來電協助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A schedule change</source>
        <translation>調整排班</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+24" />
        <source>no due time</source>
        <translation>無截止時間</translation>
    </message>
    <message>
        <location line="-18" />
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location line="+14" />
        <source>overdue {n} min</source>
        <translation>已逾期 {n} 分鐘</translation>
    </message>
    <message>
        <location line="+3" />
        <source>overdue {n} h</source>
        <translation>已逾期 {n} 小時</translation>
    </message>
    <message>
        <location line="+1" />
        <source>overdue {n} days</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <location line="+2" />
        <source>due {when}</source>
        <translation>截止 {when}</translation>
    </message>
</context>
<context>
    <name>CoachingDock</name>
    <message>
        <location filename="../../console/ui/coaching/coaching_dock.py" line="+45" />
        <source>Coaching</source>
        <translation>輔導</translation>
    </message>
    <message>
        <location line="+10" />
        <source>All teams</source>
        <translation>全部班組</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open sessions</source>
        <translation>待進行的輔導與談話</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With</source>
        <translation>參與人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Focus</source>
        <translation>重點</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No coaching sessions or 1:1 talks planned.</source>
        <translation>暫無已計劃的輔導或一對一談話。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record outcome…</source>
        <translation>記錄結果…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agent history…</source>
        <translation>坐席記錄…</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+105" />
        <source>What the team needs</source>
        <translation>團隊需求</translation>
    </message>
    <message>
        <location line="-5" />
        <source>What the team needs · latest 1:1 talk with 1 agent</source>
        <translation>團隊需求 · 基於與 1 名坐席的最近一次一對一談話</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What the team needs · latest 1:1 talks with {n} agents</source>
        <translation>團隊需求 · 基於與 {n} 名坐席的最近一次一對一談話</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No needs ranked in 1:1 talks in the last six weeks.</source>
        <translation>最近六週的一對一談話中沒有排定任何需求。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{need} ({n} of {total})</source>
        <translation>{need}（{n}/{total}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{need} ({who})</source>
        <translation>{need}（{who}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Common:</source>
        <translation>共性需求：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nothing yet</source>
        <translation>暫無</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal:</source>
        <translation>個人需求：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nothing</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>DepthChart</name>
    <message>
        <location filename="../../console/ui/board/charts.py" line="+158" />
        <source>Queue depth, last hour</source>
        <translation>排隊數（最近一小時）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Calls waiting</source>
        <translation>排隊中</translation>
    </message>
</context>
<context>
    <name>DetectorDialog</name>
    <message>
        <location filename="../../console/ui/care/detector_dialog.py" line="+63" />
        <source>Check call notes for abuse</source>
        <translation>檢查通話記錄中的辱罵內容</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Paste call notes or a transcript, or open a notes file. The detector only &lt;b&gt;suggests&lt;/b&gt;: tick the lines you confirm as abusive. Nothing is saved until you press &lt;b&gt;Create flags&lt;/b&gt;; the confirmed lines of one call become one flag.</source>
        <translation>貼上通話記錄或轉寫文本，或開啟記錄檔案。檢測器僅&lt;b&gt;提供建議&lt;/b&gt;：請勾選您確認屬於辱罵的行。按下&lt;b&gt;建立標記&lt;/b&gt;之前不會儲存任何內容；同一通來電中確認的各行合併為一條標記。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose the agent…</source>
        <translation>選擇坐席…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Call ID (optional)</source>
        <translation>通話 ID（可選）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Paste notes or a transcript here, one remark a line…</source>
        <translation>在此貼上通話記錄或轉寫文本，每行一句…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open file…</source>
        <translation>開啟檔案…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Show lines without suggestions</source>
        <translation>顯示無建議的行</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Create flags</source>
        <translation>建立標記</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Open call notes</source>
        <translation>開啟通話記錄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes and transcripts (*.txt *.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>通話記錄和轉寫文本 (*.txt *.csv *.jsonl *.ndjson);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reading {file}…</source>
        <translation>正在讀取 {file}…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{file}: no lines to check</source>
        <translation>{file}：沒有可檢查的行</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lines checked: {n} · with suggestions: {found}</source>
        <translation>已檢查 {n} 行 · 有建議 {found} 行</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lines checked: {n} · no abusive words found</source>
        <translation>已檢查 {n} 行 · 未發現辱罵用語</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unreadable lines: {n} (hover for details)</source>
        <translation>無法讀取 {n} 行（懸停檢視詳情）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>only the first {n} lines were checked</source>
        <translation>僅檢查了前 {n} 行</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not check: {error}</source>
        <translation>無法檢查：{error}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The detector found nothing here.</source>
        <translation>檢測器未發現任何問題。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Abuse detector suggestion, confirmed by a supervisor:</source>
        <translation>辱罵檢測器建議，已經主管確認：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>line {n}: “{text}” — {category}, severity {severity}</source>
        <translation>第 {n} 行：“{text}”— {category}，嚴重程度 {severity}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Tick the lines you confirm as abusive.</source>
        <translation>請勾選您確認屬於辱罵的行。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the agent who took the call.</source>
        <translation>請選擇接聽該來電的坐席。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirmed lines: {lines} → flags to create: {flags}</source>
        <translation>已確認 {lines} 行 → 將建立 {flags} 條標記</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Could not save: {error}</source>
        <translation>無法儲存：{error}</translation>
    </message>
</context>
<context>
    <name>DockTabs</name>
    <message>
        <location filename="../../console/ui/dock_tabs.py" line="+37" />
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flags</source>
        <translation>標記</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coaching</source>
        <translation>輔導</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalations</source>
        <translation>升級</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls</source>
        <translation>來電</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Positives</source>
        <translation>正面</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems</source>
        <translation>接入問題</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{title} ({n})</source>
        <translation>{title}（{n}）</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../../console/ui/escalations/work_dialog.py" line="+62" />
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Opened</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Promise</source>
        <translation>回電承諾</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First reply</source>
        <translation>首次回覆</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From call</source>
        <translation>來源通話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reply…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause clock…</source>
        <translation>暫停計時…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume clock</source>
        <translation>恢復計時</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hand off…</source>
        <translation>轉交…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add note…</source>
        <translation>新增備註…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change promise…</source>
        <translation>修改承諾…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolve…</source>
        <translation>解決…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hand-off chain</source>
        <translation>轉交記錄</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Escalation {ref}</source>
        <translation>升級投訴 {ref}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{span} · {clock}</source>
        <translation>{span} · {clock}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not yet</source>
        <translation>尚未回覆</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{time} (after {span})</source>
        <translation>{time}（歷時 {span}）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Trust: {trust}</source>
        <translation>客戶信任度：{trust}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(1 − reply / promise) × 100 = {t:.0f}</source>
        <translation>(1 − 回覆用時 / 承諾時限) × 100 = {t:.0f}</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Record that the customer heard back. The first reply sets the trust score ({trust} now).</source>
        <translation>記錄已回覆客戶。首次回覆將確定客戶信任度（當前為 {trust}）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record a further reply to the customer.</source>
        <translation>記錄對客戶的再次回覆。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply to customer</source>
        <translation>回覆客戶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was said</source>
        <translation>回覆內容</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause the clock</source>
        <translation>暫停計時</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause the promise's clock while the item waits on the customer. The pause and its reason go on the record.</source>
        <translation>在等待客戶期間暫停承諾計時。暫停及其原因將記錄在案。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for</source>
        <translation>等待事項</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hand off</source>
        <translation>轉交</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who takes {ref} over? The chain keeps who held it before.</source>
        <translation>由誰接手 {ref}？轉交記錄會保留之前的處理人。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change promise</source>
        <translation>修改承諾</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agree a new deadline with the customer; the change is on the record.</source>
        <translation>與客戶商定新的期限；此次修改將記錄在案。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved now, the promise is: {state}.</source>
        <translation>如現在解決，回電承諾狀態為：{state}。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A note on the timeline of {ref}.</source>
        <translation>在 {ref} 的時間線上新增備註。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Could not save: {error}</source>
        <translation>無法儲存：{error}</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <location filename="../../console/ui/escalations/texts.py" line="+23" />
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+37" />
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Breached</source>
        <translation>已超時</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met late</source>
        <translation>逾期達成</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Online chat</source>
        <translation>線上聊天</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peer</source>
        <translation>同事</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opened</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated by import</source>
        <translation>匯入時更新</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply to customer</source>
        <translation>回覆客戶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clock paused</source>
        <translation>計時暫停</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clock resumed</source>
        <translation>計時恢復</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handed off</source>
        <translation>已轉交</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Promise changed</source>
        <translation>回電承諾已變更</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>預警</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Promise breached</source>
        <translation>回電承諾已超時</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Around the clock</source>
        <translation>全天候</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business hours</source>
        <translation>工作時間</translation>
    </message>
    <message>
        <location line="+35" />
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小時</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{h} h</source>
        <translation>{h} 小時</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{h} h {m} min</source>
        <translation>{h} 小時 {m} 分鐘</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{m} min</source>
        <translation>{m} 分鐘</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{d} d {hms}</source>
        <translation>{d} 天 {hms}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>overdue {t}</source>
        <translation>已超時 {t}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{t} left</source>
        <translation>剩餘 {t}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{t} · paused</source>
        <translation>{t} · 已暫停</translation>
    </message>
    <message>
        <location line="+11" />
        <source>overdue</source>
        <translation>已超時</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <location line="+15" />
        <source>{p} % of the promise used</source>
        <translation>已用承諾時限的 {p}%</translation>
    </message>
    <message>
        <location line="-18" />
        <source>{p} % of the promise used (warning at {w} %)</source>
        <translation>已用承諾時限的 {p}%（{w}% 時提醒）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{role}: {holder}</source>
        <translation>{role}：{holder}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>first reply after {t}</source>
        <translation>{t} 後首次回覆</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Composure (automatic)</source>
        <translation>Composure（自動）</translation>
    </message>
</context>
<context>
    <name>EscalationsDock</name>
    <message>
        <location filename="../../console/ui/escalations/dock.py" line="+42" />
        <source>Escalations</source>
        <translation>升級投訴</translation>
    </message>
    <message>
        <location line="+27" />
        <source>New escalation…</source>
        <translation>新建升級投訴…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work on it…</source>
        <translation>處理…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show resolved</source>
        <translation>顯示已解決</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resolved in the last 7 days</source>
        <translation>最近 7 天內已解決的</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{open} open · {risk} at risk · {breached} breached</source>
        <translation>{open} 件未結 · {risk} 件有風險 · {breached} 件已超時</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Average trust: no replies yet</source>
        <translation>平均客戶信任度：尚無答覆</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Average trust {trust} ({n} first replies, {late} overdue)</source>
        <translation>平均客戶信任度 {trust}（{n} 次首次答覆，{late} 次逾期）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Trust at the first reply: (1 − reply time / promised time) × 100, averaged over the open items and those resolved in the last 7 days. A reply after the promise counts as overdue.</source>
        <translation>首次答覆時的客戶信任度：(1 − 答覆用時 / 承諾時限) × 100，按未結事項及最近 7 天內已解決的事項取平均值。超過承諾時限的答覆計為逾期。</translation>
    </message>
</context>
<context>
    <name>FiguresHelp</name>
    <message>
        <location filename="../../console/ui/figures_help.py" line="+21" />
        <source>Calls waiting</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Callers in a queue now, not yet answered. Alert above 5 by default.</source>
        <translation>正在佇列中等待、尚未接聽的來電數。預設超過 5 通時告警。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Longest wait</source>
        <translation>最長等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long the caller who has waited longest has been waiting. Amber past the service-level time, red past 120 seconds by default.</source>
        <translation>等待最久的來電者目前已等待的時長。超過服務水平時間顯示琥珀色，預設超過 120 秒顯示紅色。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service level (SL)</source>
        <translation>服務水平 (SL)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls answered within the target time (20 seconds by default) divided by calls offered. Offered leaves out callers who hung up within 5 seconds, and calls still waiting that have not yet waited the target time; a call waiting longer already counts as missed. "SL today" counts since midnight, "SL last 30 min" the last half hour. This is stricter than Asterisk's own figure, which divides by completed calls only.</source>
        <translation>在目標時間內（預設 20 秒）接聽的來電數除以呼入數。呼入數不含 5 秒內結束通話的來電，也不含仍在等待且尚未等滿目標時間的來電；等待已超過目標時間的來電已算作未達標。“今日服務水平”從零點起計算，“半小時服務水平”計算最近半小時。這比 Asterisk 自身的數字更嚴格，後者只除以已完成的來電。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Abandon rate</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Callers who hung up before an answer, divided by calls offered, both without the short abandons under 5 seconds. Amber above 5 %, red above 10 %.</source>
        <translation>接聽前結束通話的來電數除以呼入數，兩者都不含 5 秒內的短放棄。高於 5% 顯示琥珀色，高於 10% 顯示紅色。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Average handle time (AHT)</source>
        <translation>平均處理時長 (AHT)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talk time plus wrap-up time, divided by the calls handled today.</source>
        <translation>通話時長加話後處理時長，除以今日處理的來電數。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Occupancy</source>
        <translation>佔用率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Of the last hour's logged-in time: (talk + wrap-up) / (talk + wrap-up + available). Pauses and logged-out time are left out. Healthy up to 85 %, caution to 92 %, danger above: a floor that stays above 85 % burns people out.</source>
        <translation>最近一小時登入時間中：(通話 + 話後處理) / (通話 + 話後處理 + 空閒)。不計暫停和登出時間。85% 以下為健康，92% 以下需注意，更高為危險：長期高於 85% 的坐席團隊會精疲力竭。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent states</source>
        <translation>坐席狀態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Available: logged in and free to take a call in at least one of their queues. On a call: talking to a caller. Wrap-up: after-call work (paused with a wrap-up reason such as ACW). Paused: paused in every queue they serve, with the reason given on the phone. Logged out: a member of no queue. Asterisk pauses per queue: an agent paused in one queue and free in another is shown as both, and counts as available. "In state" is the time since the state began.</source>
        <translation>空閒：已登入，且在至少一個所屬佇列中可以接聽。通話中：正在與來電者通話。話後處理：通話後的整理工作（以 ACW 等話後處理原因暫停）。暫停：在其所屬的每個佇列中都已暫停，原因為在電話上給出的原因。已登出：不屬於任何佇列。Asterisk 按佇列暫停：在一個佇列中暫停、在另一個佇列中空閒的坐席會同時顯示兩種狀態，並計為空閒。“狀態時長”是從該狀態開始至今的時間。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls that rang the agent today and were not answered by them.</source>
        <translation>今日振鈴該坐席但未被其接聽的來電數。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Strain score</source>
        <translation>壓力指數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0 to 100, counted from events only, never guessed from voice or text: abusive calls by severity (a threat weighs most), complaint and very long calls, more than 90 minutes since the last break, and last-hour occupancy above 85 %. Each event fades with about 45 minutes at work, faster on a break or while logged out; a fifth carries into the next day. Watch from 30, break recommended from 60; a threat or harassment recommends a break and a 1:1 talk at once. The reasons are always shown beside the score.</source>
        <translation>0 到 100，只根據事件計算，從不從聲音或文字中推測：按嚴重程度計的辱罵來電（威脅權重最高）、投訴和超長通話、距上次休息超過 90 分鐘，以及最近一小時佔用率高於 85%。每個事件在工作時約 45 分鐘衰減，休息或登出時衰減更快；五分之一會延續到第二天。30 起為“關注”，60 起為“建議休息”；威脅或騷擾會立即建議休息和一對一談話。分數旁總會顯示原因。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Recovery break cover</source>
        <translation>恢復性休息的覆蓋</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before a break, the service level the floor would reach with one agent fewer (Erlang C on the last 30 minutes' calls and handle time), and the stagger rule: at most about 20 % of a team off the phones at once.</source>
        <translation>休息之前，顯示少一名坐席時團隊能達到的服務水平（根據最近 30 分鐘的來電和處理時長，用 Erlang C 計算），以及錯峰規則：一個班組同一時間最多約 20% 的人離開電話。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls waiting, longest wait, service level under target, abandons in the last hour, no agent available, and an agent's strain over the threshold. An acknowledged alert stays grey until its condition clears; one that returns within 15 minutes is the same alert.</source>
        <translation>排隊數、最長等待、服務水平低於目標、最近一小時的放棄數、無空閒坐席，以及坐席壓力指數超過閾值。已確認的告警會保持灰色，直到其條件消除；15 分鐘內再次出現的算作同一條告警。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Escalations</source>
        <translation>升級投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each escalated complaint has a promised callback time. At risk: a quarter or less of the promise left. Breached: the promise has passed. Trust at the first reply is (1 - reply time / promised time) x 100, shown as "overdue" once the reply came late.</source>
        <translation>每個升級投訴都有承諾的回電時間。有風險：承諾時間只剩四分之一或更少。已違約：承諾時間已過。首次回覆時的信任分為 (1 - 回覆用時 / 承諾時長) x 100，回覆遲到時顯示為“已逾期”。</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location line="+21" />
        <source>Search the figures…</source>
        <translation>搜尋指標…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../console/ui/first_run.py" line="+64" />
        <source>Start the &amp;demo floor</source>
        <translation>啟動演示現場(&amp;D)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A simulated floor in a new window, to look around</source>
        <translation>在新視窗中開啟模擬現場，隨意瀏覽體驗</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open a queue_log…</source>
        <translation>開啟 queue_log(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow the Asterisk queue_log file of your floor</source>
        <translation>跟蹤本現場的 Asterisk queue_log 檔案</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Configure data sources…</source>
        <translation>配置資料來源(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The queue_log, the AMI link, import folders</source>
        <translation>queue_log、AMI 連線、匯入資料夾</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Demo floor</source>
        <translation>演示現場</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not start the demo floor. Run &lt;code&gt;composure demo&lt;/code&gt; in a terminal.</source>
        <translation>無法啟動演示現場。請在終端中執行 &lt;code&gt;composure demo&lt;/code&gt;。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open a queue_log</source>
        <translation>開啟 queue_log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queue_log files (queue_log*);;All files (*)</source>
        <translation>queue_log 檔案 (queue_log*);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reading {file}…</source>
        <translation>正在讀取 {file}…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Could not remember the queue_log: {error}</source>
        <translation>無法儲存 queue_log 路徑：{error}</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../console/ui/care/flag_dialog.py" line="+42" />
        <source>Flag abusive call</source>
        <translation>標記辱罵來電</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record an abusive call taken by &lt;b&gt;{agent}&lt;/b&gt;. The flag counts towards the agent's strain and asks a lead to acknowledge it.</source>
        <translation>記錄 &lt;b&gt;{agent}&lt;/b&gt; 接到的一通辱罵來電。該標記會計入坐席的壓力指數，並提醒組長確認。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>What happened (optional)</source>
        <translation>發生了什麼（可選）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No call</source>
        <translation>不關聯通話</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Flag call</source>
        <translation>標記來電</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{time} · {queue} · {caller} · in progress</source>
        <translation>{time} · {queue} · {caller} · 通話中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{time} · {queue} · {caller} · ended {end}</source>
        <translation>{time} · {queue} · {caller} · {end} 結束</translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <location filename="../../console/ui/care/flag_table_model.py" line="+92" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caller</source>
        <translation>來電號碼</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acknowledged</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+55" />
        <source>{who} at {time}</source>
        <translation>{who} 於 {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not acknowledged yet</source>
        <translation>尚未確認</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Marked as a repeat abuser</source>
        <translation>已標記為反覆辱罵者</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recorded as: {raw}</source>
        <translation>原始記錄：{raw}</translation>
    </message>
</context>
<context>
    <name>FlagsDock</name>
    <message>
        <location filename="../../console/ui/care/flags_dock.py" line="+34" />
        <source>Abuse flags</source>
        <translation>辱罵標記</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add note…</source>
        <translation>新增備註…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flag caller as repeat abuser</source>
        <translation>標記來電者為反覆辱罵者</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open agent</source>
        <translation>檢視坐席</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Repeat caller</source>
        <translation>重複來電者</translation>
    </message>
    <message>
        <location line="+41" />
        <source>{n} unacknowledged</source>
        <translation>{n} 條未確認</translation>
    </message>
    <message>
        <location line="+14" />
        <source>1 positive recorded</source>
        <translation>已記錄 1 條正面記錄</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n positives recorded</source>
        <translation>
            <numerusform>已記錄 %n 條正面記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>No abusive-call flags this shift</source>
        <translation>本班次暫無辱罵標記</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{m:.0f} min</source>
        <translation>{m:.0f} 分鐘</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{flags} flags this shift ({severe} severe) · median to acknowledge {ack} · to a break {brk} · severe followed by a break within {win} min: {share}</source>
        <translation>本班次 {flags} 條標記（嚴重 {severe} 條）· 確認時間中位數 {ack} · 安排休息中位數 {brk} · 嚴重標記 {win} 分鐘內安排休息：{share}</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note for this flag:</source>
        <translation>此標記的備註：</translation>
    </message>
</context>
<context>
    <name>FloorCare</name>
    <message>
        <location filename="../../console/ui/care/floor_care.py" line="+97" />
        <source>{agent} is not on the board</source>
        <translation>{agent} 不在看板上</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Recovery break</source>
        <translation>恢復性休息</translation>
    </message>
    <message>
        <location line="-1" />
        <source>{agent} is already on a recovery break.</source>
        <translation>{agent} 已在恢復性休息中。</translation>
    </message>
    <message>
        <location line="-2" />
        <source>{agent} already has a recovery break: it starts when the call ends.</source>
        <translation>{agent} 已有一次恢復休息：將在通話結束後開始。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Flag abusive call…</source>
        <translation>標記辱罵來電…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Grant recovery break…</source>
        <translation>安排恢復性休息…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Could not save: {error}</source>
        <translation>無法儲存：{error}</translation>
    </message>
</context>
<context>
    <name>FloorCoaching</name>
    <message>
        <location filename="../../console/ui/coaching/floor_coaching.py" line="+122" />
        <source>Could not read coaching sessions: {error}</source>
        <translation>無法讀取輔導記錄：{error}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Arrange peer coaching…</source>
        <translation>安排同伴輔導…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1:1 talk (recommended)…</source>
        <translation>一對一談話（建議）…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1:1 talk…</source>
        <translation>一對一談話…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agent history…</source>
        <translation>坐席歷史…</translation>
    </message>
</context>
<context>
    <name>FloorDataSafety</name>
    <message>
        <location filename="../../console/ui/audit/floor_data_safety.py" line="+117" />
        <source>Removed the text of {n} notes older than {days} days (retention)</source>
        <translation>已按保留期限刪除 {n} 條超過 {days} 天的備註內容</translation>
    </message>
    <message>
        <location line="+4" />
        <source>End-of-shift backup saved: {name}</source>
        <translation>班次結束備份已儲存：{name}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Data safety: {error}</source>
        <translation>資料安全：{error}</translation>
    </message>
</context>
<context>
    <name>FloorEscalations</name>
    <message>
        <location filename="../../console/ui/escalations/floor_escalations.py" line="+115" />
        <location line="+17" />
        <source>Open escalation…</source>
        <translation>建立升級投訴…</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Open escalation for the last call…</source>
        <translation>為上一通來電建立升級投訴…</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Could not open the escalation: {error}</source>
        <translation>無法建立升級投訴：{error}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Escalation {ref} breached its promise</source>
        <translation>升級投訴 {ref} 已超過回電承諾時限</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue {left} · held by {holder}</source>
        <translation>已超時 {left} · 負責人：{holder}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escalation {ref} is at risk</source>
        <translation>升級投訴 {ref} 有超時風險</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{left} left · held by {holder}</source>
        <translation>剩餘 {left} · 負責人：{holder}</translation>
    </message>
</context>
<context>
    <name>FloorPositives</name>
    <message>
        <location filename="../../console/ui/positives/floor_positives.py" line="+156" />
        <source>Recognise…</source>
        <translation>表揚…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Report an issue for management…</source>
        <translation>上報管理層問題…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Recognition recorded for {agent}: {kind}</source>
        <translation>已記錄對 {agent} 的表揚：{kind}</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Issue marked: {status}</source>
        <translation>問題已標記為：{status}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Withdraw recognition</source>
        <translation>撤回表揚</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdraw this recognition? It leaves the panel and the shift report; the audit log keeps a record of it and of the withdrawal.</source>
        <translation>撤回這條表揚？它將從面板和班次報告中移除；審計日誌會保留該表揚及撤回的記錄。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recognition withdrawn</source>
        <translation>表揚已撤回</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Added to an open issue: now {times}</source>
        <translation>已併入未解決的同類問題：{times}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issue for management recorded</source>
        <translation>已記錄管理層問題</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not save: {error}</source>
        <translation>無法儲存：{error}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Could not read positives and issues: {error}</source>
        <translation>無法讀取正面記錄和問題：{error}</translation>
    </message>
</context>
<context>
    <name>FloorTray</name>
    <message>
        <location filename="../../console/ui/care/tray.py" line="+51" />
        <source>Composure: no unacknowledged flags</source>
        <translation>Composure：沒有未確認的標記</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Composure: 1 unacknowledged flag</source>
        <translation>Composure：1 條未確認的辱罵標記</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Composure: %n unacknowledged flags</source>
        <translation>
            <numerusform>Composure：%n 條未確認的辱罵標記</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>Abuse flag: {category}</source>
        <translation>辱罵標記：{category}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{agent} · severity {severity}</source>
        <translation>{agent} · 嚴重程度 {severity}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Critical floor alert</source>
        <translation>現場嚴重告警</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Floor alert</source>
        <translation>現場告警</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n floor alerts</source>
        <translation>
            <numerusform>%n 條現場告警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="+63" />
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{m} min</source>
        <translation>{m} 分鐘</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
</context>
<context>
    <name>GlanceBar</name>
    <message>
        <location filename="../../console/ui/glance_bar.py" line="+106" />
        <source>Escalations: reading the backlog…</source>
        <translation>升級投訴：正在讀取…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No one needs a recovery break now</source>
        <translation>目前沒有人需要恢復性休息</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} on a break</source>
        <translation>{n} 人正在休息</translation>
    </message>
    <message>
        <location line="+5" />
        <source>+{n} more</source>
        <translation>另有 {n} 人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs a break: {names}</source>
        <translation>需要休息：{names}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cover: no calls in the last 30 min to judge by</source>
        <translation>覆蓋：最近 30 分鐘沒有來電，無法判斷</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the floor can cover one now (SL {now} → {after})</source>
        <translation>現在可以安排一人休息（服務水平 {now} → {after}）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cover is short: SL {now} → {after}, target {target}</source>
        <translation>人手不足：服務水平 {now} → {after}，目標 {target}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No abuse flags this shift</source>
        <translation>本班次沒有辱罵標記</translation>
    </message>
    <message>
        <location line="+5" />
        <source>newest {time} {agent}, {category}</source>
        <translation>最新 {time} {agent}，{category}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Flags: {n} unacknowledged</source>
        <translation>標記：{n} 條未確認</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Flags: all acknowledged</source>
        <translation>標記：已全部確認</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Escalations: {risk} at risk · {late} overdue · {open} open</source>
        <translation>升級投訴：{risk} 條有風險 · {late} 條已超時 · 共 {open} 條未結</translation>
    </message>
</context>
<context>
    <name>GrantBreakDialog</name>
    <message>
        <location filename="../../console/ui/care/grant_break_dialog.py" line="+46" />
        <source>Grant recovery break</source>
        <translation>安排恢復性休息</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recovery break for &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>為 &lt;b&gt;{agent}&lt;/b&gt; 安排恢復性休息</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Strain {score} ({level}): {reasons}</source>
        <translation>壓力指數 {score}（{level}）：{reasons}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no events counted</source>
        <translation>未計入任何事件</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{agent} is on a call: the break starts when the call ends.</source>
        <translation>{agent} 正在通話：休息將在通話結束後開始。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cost to the floor</source>
        <translation>對現場的影響</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checking the floor…</source>
        <translation>正在檢查現場人力…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Length:</source>
        <translation>時長：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} min</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1:1 talk with the team lead</source>
        <translation>與組長一對一談話</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Grant break</source>
        <translation>安排休息</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The coverage check failed: {error}</source>
        <translation>人力覆蓋檢查失敗：{error}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The break was not granted: {error}</source>
        <translation>未能安排休息：{error}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not enough calls in the last 30 minutes to estimate the service level.</source>
        <translation>過去 30 分鐘來電太少，無法估算服務水平。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service level {with_} → {without} (target {target})</source>
        <translation>服務水平 {with_} → {without}（目標 {target}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} agents on the phones, {cph} calls/hour, handle time {aht}</source>
        <translation>{n} 名坐席線上接聽，每小時 {cph} 通來電，處理時長 {aht}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{off} of {team} agents in {name} would be off the phones ({share} % – the limit is about {limit} %)</source>
        <translation>{name} 的 {team} 名坐席中將有 {off} 名離線（{share}%，上限約為 {limit}%）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The floor can likely cover this from {time}</source>
        <translation>預計從 {time} 起現場可以頂上</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The floor can likely not cover this within the next 3 hours</source>
        <translation>預計未來 3 小時內現場難以頂上</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Grant anyway</source>
        <translation>仍然安排</translation>
    </message>
</context>
<context>
    <name>HandoffChain</name>
    <message>
        <location filename="../../console/ui/escalations/handoff_chain.py" line="+34" />
        <source>Nobody holds it yet</source>
        <translation>尚無人處理</translation>
    </message>
    <message>
        <location line="+27" />
        <source>holds it now</source>
        <translation>當前處理人</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{role} {holder} since {time}</source>
        <translation>自 {time} 起由{role} {holder} 處理</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../console/ui/coaching/history_dialog.py" line="+25" />
        <source>Agent history</source>
        <translation>坐席記錄</translation>
    </message>
    <message>
        <location line="+3" />
        <source>History of &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{agent}&lt;/b&gt; 的記錄</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location line="+0" />
        <source>With</source>
        <translation>參與人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing recorded yet.</source>
        <translation>暫無記錄。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Arrange peer coaching…</source>
        <translation>安排同伴輔導…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1:1 talk…</source>
        <translation>一對一談話…</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Could not read the history: {error}</source>
        <translation>無法讀取記錄：{error}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no team</source>
        <translation>無班組</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no start date</source>
        <translation>無入職日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>coach</source>
        <translation>輔導員</translation>
    </message>
    <message>
        <location line="+2" />
        <source>queues: {queues}</source>
        <translation>佇列：{queues}</translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <location filename="../../console/ui/board/charts.py" line="-50" />
        <source>Calls per 15 minutes</source>
        <translation>每 15 分鐘來電量</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered</source>
        <translation>接聽</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandoned</source>
        <translation>放棄</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../console/ui/positives/issue_dialog.py" line="+60" />
        <source>Report an issue for management</source>
        <translation>上報管理層問題</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Something customers hit that the organisation must fix: a fault at a location, a broken process, a policy that makes callers angry. It is counted by cause and goes into the shift report.</source>
        <translation>客戶遇到的、需要公司解決的問題：某地的故障、失效的流程、引起來電者不滿的政策等。問題按原因統計，並寫入班次報告。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit causes…</source>
        <translation>編輯原因…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Where: a district, a shop, a product, a form (optional)</source>
        <translation>地點：區縣、門店、產品或表單（可選）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What customers run into, in their words if possible</source>
        <translation>客戶遇到的問題，儘量使用客戶原話</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>{agent} (agent)</source>
        <translation>{agent}（坐席）</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Me (team lead)</source>
        <translation>我（組長）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Link to {what}</source>
        <translation>關聯到 {what}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reported by</source>
        <translation>上報人</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Report issue</source>
        <translation>上報問題</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Already open: “{cause} — {where}”, {times}, {status}. This report adds to it rather than opening a second issue.</source>
        <translation>已有未解決的問題：“{cause} — {where}”，{times}，{status}。本次上報將計入該問題，不會另開新問題。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This was marked fixed; reporting it again opens a new issue marked as back after the fix.</source>
        <translation>該問題已標記為已修復；再次上報將新建一個問題，並標記為“修復後復現”。</translation>
    </message>
</context>
<context>
    <name>IssueReportsDialog</name>
    <message>
        <location filename="../../console/ui/positives/issue_reports_dialog.py" line="+29" />
        <source>Reports of an issue</source>
        <translation>問題上報記錄</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{status} · {times}</source>
        <translation>{status} · {times}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reported by</source>
        <translation>上報人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they said</source>
        <translation>反饋內容</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{who} (lead)</source>
        <translation>{who}（組長）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{who} (agent)</source>
        <translation>{who}（坐席）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>call of {agent}</source>
        <translation>{agent} 的通話</translation>
    </message>
    <message>
        <location line="+4" />
        <source>flag #{id}</source>
        <translation>標記 #{id}</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <location filename="../../console/ui/positives/issue_models.py" line="+74" />
        <source>Last reported</source>
        <translation>最近上報</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reports</source>
        <translation>上報次數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reported by</source>
        <translation>上報人</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{first} and {n} others</source>
        <translation>{first} 等 {n} 人</translation>
    </message>
    <message>
        <location line="+6" />
        <source>back after fix</source>
        <translation>修復後再次出現</translation>
    </message>
    <message>
        <location line="+39" />
        <source>{first}

Latest: {latest}</source>
        <translation>{first}

最新：{latest}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{status} by {who} at {time}</source>
        <translation>{who} 於 {time} 標記為{status}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Latest: {latest}</source>
        <translation>最新：{latest}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First reported {time} by {who}</source>
        <translation>{who} 於 {time} 首次上報</translation>
    </message>
</context>
<context>
    <name>IssuesDock</name>
    <message>
        <location filename="../../console/ui/positives/issues_dock.py" line="+64" />
        <location line="+137" />
        <source>Issues for management</source>
        <translation>管理層問題</translation>
    </message>
    <message>
        <location line="-101" />
        <source>Report an issue…</source>
        <translation>上報問題…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reported again…</source>
        <translation>再次上報…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent to management</source>
        <translation>已提交管理層</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fixed</source>
        <translation>已修復</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show reports…</source>
        <translation>檢視上報記錄…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit causes…</source>
        <translation>編輯原因…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reports today by cause</source>
        <translation>今日上報（按原因）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No issues reported. When callers keep hitting the same problem, right-click the agent, the flag or the call and choose “Report an issue for management…”.</source>
        <translation>暫無上報的問題。當來電者反覆遇到同一問題時，右鍵單擊坐席、標記或來電，然後選擇“上報管理層問題…”。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Issues for management ({n} today)</source>
        <translation>管理層問題（今日 {n} 次上報）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{open} open · {sent} sent to management</source>
        <translation>{open} 項未解決 · {sent} 項已提交管理層</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every issue not yet fixed, and those reported or settled today</source>
        <translation>所有尚未修復的問題，以及今日上報或已處理的問題</translation>
    </message>
</context>
<context>
    <name>KeyboardActions</name>
    <message>
        <location filename="../../console/ui/keyboard.py" line="+37" />
        <source>&amp;Find agent…</source>
        <translation>查詢坐席(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F&amp;lag abusive call…</source>
        <translation>標記辱罵來電(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Grant recovery &amp;break…</source>
        <translation>安排恢復性休息(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Recognise…</source>
        <translation>表揚(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Arrange peer &amp;coaching…</source>
        <translation>安排同伴輔導(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;escalation for the last call…</source>
        <translation>為上一通來電建立升級投訴(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;More for this agent</source>
        <translation>此坐席的更多操作(&amp;M)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Help: figures and shortcuts</source>
        <translation>幫助：指標和快捷鍵(&amp;H)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Ac&amp;knowledge flag</source>
        <translation>確認辱罵標記(&amp;K)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;New escalation…</source>
        <translation>新建升級投訴(&amp;N)…</translation>
    </message>
    <message>
        <location line="+38" />
        <source>For the agent selected in the table</source>
        <translation>針對表格中選中的坐席</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+22" />
        <source>Select an agent in the table first</source>
        <translation>請先在表格中選擇坐席</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../console/ui/board/kpi_strip.py" line="+18" />
        <source>Calls waiting</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest wait</source>
        <translation>最長等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SL today</source>
        <translation>今日服務水平</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SL last 30 min</source>
        <translation>半小時服務水平</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandon rate</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AHT today</source>
        <translation>今日平均處理時長</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupancy</source>
        <translation>佔用率</translation>
    </message>
    <message>
        <location line="+60" />
        <source>More than {n} waiting</source>
        <translation>排隊超過 {n} 通</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Queue clear</source>
        <translation>無人排隊</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alert above {n}</source>
        <translation>超過 {n} 通告警</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Over {limit}</source>
        <translation>超過 {limit}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Over {s} s</source>
        <translation>超過 {s} 秒</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No one waiting</source>
        <translation>無人等待</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Within {s} s</source>
        <translation>{s} 秒以內</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Service level = calls answered within {s} s / calls offered, excluding abandons under {short} s and calls still waiting less than {s} s. Target {target}. (Asterisk's own figure divides by completed calls only.)</source>
        <translation>服務水平 = {s} 秒內接聽的來電 / 呼入來電，不含 {short} 秒內的放棄，也不含仍在等待且未滿 {s} 秒的來電。目標 {target}。（Asterisk 自帶的指標僅以已完成的來電為分母。）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Calls offered in the last 30 minutes.</source>
        <translation>統計最近 30 分鐘內的呼入來電。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Abandoned / offered today, excluding abandons under {short} s</source>
        <translation>今日放棄 / 呼入，不含 {short} 秒內的放棄</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+21" />
        <source>No calls yet</source>
        <translation>暫無來電</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+3" />
        <source>Above {limit}</source>
        <translation>高於 {limit}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most {limit}</source>
        <translation>不高於 {limit}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Talk + wrap-up per call</source>
        <translation>每通通話 + 話後處理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average handle time today: (talk + wrap-up) / calls handled</source>
        <translation>今日平均處理時長 =（通話 + 話後處理）/ 已處理來電數</translation>
    </message>
    <message>
        <location line="+11" />
        <source>On target ({target} in {s} s)</source>
        <translation>達標（{s} 秒內 {target}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Below target ({target} in {s} s)</source>
        <translation>未達標（{s} 秒內 {target}）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Occupancy over the last hour = (talk + wrap-up) / (talk + wrap-up + available). Healthy up to {caution}, caution to {danger}, danger above.</source>
        <translation>過去一小時佔用率 = (通話 + 話後處理) / (通話 + 話後處理 + 空閒)。不超過 {caution} 為健康，不超過 {danger} 為警示，超過即為危險。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Healthy (≤ {limit})</source>
        <translation>健康（≤ {limit}）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Caution ({low}–{high})</source>
        <translation>警示（{low}–{high}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Danger (&gt; {limit})</source>
        <translation>危險（&gt; {limit}）</translation>
    </message>
    <message>
        <location line="-11" />
        <source>No one logged in</source>
        <translation>無人登入</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/ui/main_window.py" line="+169" />
        <source>Composure — Team board (demo)</source>
        <translation>Composure — 班組看板（演示）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Composure — Team board</source>
        <translation>Composure — 班組看板</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(1 unacknowledged flag)</source>
        <translation>（1 條未確認的辱罵標記）</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>(%n unacknowledged flags)</source>
        <translation>
            <numerusform>（%n 條未確認的辱罵標記）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-89" />
        <source>Key figures</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
</context>
<context>
    <name>NeedsEditor</name>
    <message>
        <location filename="../../console/ui/coaching/needs_widgets.py" line="+94" />
        <source>Edit the list of needs</source>
        <translation>編輯需求列表</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New need</source>
        <translation>新需求</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Keep it short: the lead ranks these in each 1:1 talk. A removed need stays in the talks that named it.</source>
        <translation>請保持簡短：組長會在每次一對一談話中對這些需求排序。刪除的需求仍會保留在提及它的談話記錄中。</translation>
    </message>
</context>
<context>
    <name>NeedsRanking</name>
    <message>
        <location line="-95" />
        <source>Edit list…</source>
        <translation>編輯列表…</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Tick what the agent needs most right now and put the most needed first (drag, or Move up).</source>
        <translation>勾選坐席當前最需要的支援，並將最需要的排在最前（拖動或點選“上移”）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ranking: {needs}</source>
        <translation>排序：{needs}</translation>
    </message>
</context>
<context>
    <name>NewEscalationDialog</name>
    <message>
        <location filename="../../console/ui/escalations/new_dialog.py" line="+52" />
        <source>New escalation</source>
        <translation>新建升級投訴</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A complaint that could not be solved on the call taken by &lt;b&gt;{agent}&lt;/b&gt; ({queue}). Promise the customer a callback and keep it.</source>
        <translation>&lt;b&gt;{agent}&lt;/b&gt; 接聽的來電（{queue}）中未能當場解決的投訴。請向客戶承諾回電並按時兌現。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A complaint that needs a callback: from an e-mail, a chat, social media or a letter.</source>
        <translation>需要回電的投訴：來自電子郵件、線上聊天、社交媒體或信件。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ticket number, if there is one</source>
        <translation>工單號（如有）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Phone, e-mail or handle (stored masked)</source>
        <translation>電話、郵箱或賬號（脫敏儲存）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What the customer complains about</source>
        <translation>客戶投訴的內容</translation>
    </message>
    <message>
        <location line="+12" />
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count business hours only</source>
        <translation>僅計算工作時間</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The clock then runs only in the floor's opening hours; by default it runs around the clock.</source>
        <translation>勾選後僅在現場營業時間內計時；預設全天候計時。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First note on the timeline (optional)</source>
        <translation>時間線上的第一條備註（可選）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Held by</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Promised callback within</source>
        <translation>承諾回電時限</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open escalation</source>
        <translation>建立升級投訴</translation>
    </message>
</context>
<context>
    <name>NotesFeatures</name>
    <message>
        <location filename="../../console/ui/care/notes_features.py" line="+32" />
        <source>Check call &amp;notes for abuse…</source>
        <translation>檢查通話備註中的辱罵內容(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import QA flags…</source>
        <translation>匯入質檢標記(&amp;I)…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Check call notes for abuse…</source>
        <translation>檢查通話備註中的辱罵內容…</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+29" />
        <source>Import QA flags</source>
        <translation>匯入質檢標記</translation>
    </message>
    <message>
        <location line="-28" />
        <source>QA flag lists (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>質檢標記列表 (*.csv *.jsonl *.ndjson *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Importing {file}…</source>
        <translation>正在匯入 {file}…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{file}: imported {imported}, updated {updated}, rejected {rejected}</source>
        <translation>{file}：匯入 {imported} 條，更新 {updated} 條，拒絕 {rejected} 條</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Could not import {file}: {error}</source>
        <translation>無法匯入 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../console/ui/coaching/outcome_dialog.py" line="+43" />
        <source>Record outcome</source>
        <translation>記錄輔導結果</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Loading the session…</source>
        <translation>正在載入輔導記錄…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What the agent did well</source>
        <translation>坐席做得好的地方</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What I would have done differently is …</source>
        <translation>換作是我，我會 …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anything else worth keeping</source>
        <translation>其他值得記錄的內容</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What went well:</source>
        <translation>做得好的地方：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the coach would have done differently:</source>
        <translation>輔導員會怎麼做：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save outcome</source>
        <translation>儲存結果</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel session</source>
        <translation>取消輔導</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&lt;b&gt;{coach}&lt;/b&gt; coaches &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{coach}&lt;/b&gt; 輔導 &lt;b&gt;{agent}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+2" />
        <source>call {call}</source>
        <translation>通話 {call}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>focus: {focus}</source>
        <translation>重點：{focus}</translation>
    </message>
</context>
<context>
    <name>PauseReason</name>
    <message>
        <location filename="../../console/ui/formatting.py" line="-61" />
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
        <translation>如廁</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coaching</source>
        <translation>輔導</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recovery</source>
        <translation>恢復休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrap-up</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No reason</source>
        <translation>未註明原因</translation>
    </message>
</context>
<context>
    <name>Positives</name>
    <message>
        <location filename="../../console/ui/positives/texts.py" line="+22" />
        <source>Compliment from a customer</source>
        <translation>客戶表揚</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved a hard complaint</source>
        <translation>解決了棘手投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Helped a colleague</source>
        <translation>幫助同事</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+8" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Network or service fault at a location</source>
        <translation>某地網路或服務故障</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Billing error</source>
        <translation>計費錯誤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Broken process</source>
        <translation>流程缺陷</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Policy causes anger</source>
        <translation>政策引發不滿</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product defect</source>
        <translation>產品缺陷</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent to management</source>
        <translation>已提交管理層</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fixed</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+25" />
        <source>no particular place</source>
        <translation>未指明地點</translation>
    </message>
    <message>
        <location line="+9" />
        <source>flag at {time}</source>
        <translation>{time} 的辱罵標記</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a linked call</source>
        <translation>一通關聯來電</translation>
    </message>
    <message>
        <location line="+2" />
        <source>call at {time}</source>
        <translation>{time} 的來電</translation>
    </message>
    <message>
        <location line="+7" />
        <source>reported once</source>
        <translation>上報 1 次</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>reported %n times</source>
        <translation>
            <numerusform>上報 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PositivesDock</name>
    <message>
        <location filename="../../console/ui/positives/positives_dock.py" line="+31" />
        <location line="+74" />
        <source>Positives</source>
        <translation>正面記錄</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Recognise…</source>
        <translation>表揚…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recorded by mistake: keep it out of the panel and the report (the audit log keeps it)</source>
        <translation>誤記時使用：從面板和報告中移除（審計日誌仍會保留）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open agent</source>
        <translation>檢視坐席</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nothing recorded yet today. When someone does well, right-click them (or their flag) and choose “Recognise…”.</source>
        <translation>今天還沒有記錄。有人表現出色時，右鍵單擊該坐席（或其標記）並選擇“表揚…”。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Positives ({n})</source>
        <translation>正面記錄（{n}）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
</context>
<context>
    <name>PreferenceTexts</name>
    <message>
        <location filename="../../console/ui/preferences/spec.py" line="+74" />
        <location line="+16" />
        <source>Service level</source>
        <translation>服務水平</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+48" />
        <source>Strain</source>
        <translation>壓力指數</translation>
    </message>
    <message>
        <location line="-48" />
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalations</source>
        <translation>升級投訴</translation>
    </message>
    <message>
        <location line="+3" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+0" />
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location line="+0" />
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1" />
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+0" />
        <source> calls</source>
        <translation> 通</translation>
    </message>
    <message>
        <location line="+1" />
        <source> units</source>
        <translation> 單位</translation>
    </message>
    <message>
        <location line="+0" />
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location line="+0" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of offered calls to answer within the answer time.</source>
        <translation>應在應答時限內接聽的呼入來電比例。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer within</source>
        <translation>應答時限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short abandons: under</source>
        <translation>短時放棄：少於</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Callers who hang up this soon count neither as offered nor as abandoned.</source>
        <translation>在此時間內結束通話的來電既不計入呼入，也不計入放棄。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Board colours</source>
        <translation>看板顏色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandon rate: caution above</source>
        <translation>放棄率：注意閾值（高於）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Abandon rate: alert above</source>
        <translation>放棄率：告警閾值（高於）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Occupancy: caution above</source>
        <translation>佔用率：注意閾值（高於）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupancy: danger above</source>
        <translation>佔用率：危險閾值（高於）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Calls waiting: more than</source>
        <translation>排隊來電超過</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls waiting</source>
        <translation>排隊來電數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest wait: over</source>
        <translation>最長等待超過</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest wait</source>
        <translation>最長等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service level (last 30 min) under target</source>
        <translation>服務水平（最近 30 分鐘）低於目標</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target: see the Service level tab</source>
        <translation>目標值：見“服務水平”選項卡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandons in the last hour: more than</source>
        <translation>過去一小時放棄數超過</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Abandons in the last hour</source>
        <translation>過去一小時放棄數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No agent available</source>
        <translation>無空閒坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>While anyone is logged in</source>
        <translation>僅在有坐席登入期間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An agent's strain: at least</source>
        <translation>坐席壓力指數達到</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Raise the same alert again after</source>
        <translation>同一告警重複提醒間隔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A condition that stays true is not raised again within this time.</source>
        <translation>條件持續成立時，在此時間內不會再次告警。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Raise an alert when</source>
        <translation>以下情況時告警</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quiet hours: from</source>
        <translation>免打擾時段：從</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+119" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="-118" />
        <source>Desktop notifications and the beep are muted in these hours (they may cross midnight); the alerts strip still shows every alert.</source>
        <translation>此時段內桌面通知和提示音靜音（時段可跨越午夜）；告警欄仍顯示所有告警。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Beep with each desktop notification</source>
        <translation>每條桌面通知都發出提示音</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Added when it happens, then fading; the score scale turns these units into points.</source>
        <translation>事件發生時計入，隨後逐漸衰減；按“100 分對應”的設定將這些單位換算為分數。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Weight of each event</source>
        <translation>各事件權重</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abusive call, severity 1</source>
        <translation>辱罵來電（嚴重程度 1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abusive call, severity 2</source>
        <translation>辱罵來電（嚴重程度 2）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threat or harassment, severity 3</source>
        <translation>威脅或騷擾（嚴重程度 3）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint call</source>
        <translation>投訴來電</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalated call</source>
        <translation>升級來電</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very long call</source>
        <translation>超長通話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A call is very long after</source>
        <translation>超長通話標準：超過</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fading</source>
        <translation>衰減</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time constant at work</source>
        <translation>時間常數（工作中）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After this long at work an event counts about a third.</source>
        <translation>工作中經過此時長後，事件的影響約降至三分之一。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time constant on a break</source>
        <translation>時間常數（休息中）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strain fades this much faster while on a break.</source>
        <translation>休息期間壓力指數按此時間常數更快衰減。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Carried into the next day</source>
        <translation>帶入次日的比例</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forget an event below</source>
        <translation>忽略低於此分值的事件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An event worth less than this is no longer named as a reason.</source>
        <translation>低於此分值的事件不再列為原因。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Workload</source>
        <translation>工作負荷</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupancy counts above</source>
        <translation>佔用率超過此值開始計入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight at 100 % occupancy</source>
        <translation>佔用率 100% 時的權重</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time without a break counts after</source>
        <translation>未休息時長超過此值開始計入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weight per 30 min beyond that</source>
        <translation>超出部分每 30 分鐘的權重</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Score and levels</source>
        <translation>分數與等級</translation>
    </message>
    <message>
        <location line="+1" />
        <source>100 points are</source>
        <translation>100 分對應</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The score shows the sum of the weights, fading, as points: this many units make 100.</source>
        <translation>分數以分值顯示衰減後的權重之和：此數量的單位對應 100 分。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Watch from</source>
        <translation>關注閾值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Break recommended from</source>
        <translation>建議休息閾值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A threat calls for a break for</source>
        <translation>遭受威脅後持續建議休息</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Used when the agent's shift start is unknown: how long a severity-3 flag keeps recommending a break and a 1:1 talk.</source>
        <translation>坐席班次開始時間未知時使用：嚴重程度 3 的標記在多長時間內持續建議休息和一對一談話。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Recovery breaks</source>
        <translation>恢復性休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Default length</source>
        <translation>預設時長</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After a severe call (severity 2)</source>
        <translation>嚴重來電後（嚴重程度 2）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After a threat (severity 3)</source>
        <translation>遭受威脅後（嚴重程度 3）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lengths offered (minutes)</source>
        <translation>可選時長（分鐘）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes, separated by commas; the three lengths above are always offered.</source>
        <translation>以分鐘為單位，用逗號分隔；以上三種時長始終可選。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue after the planned end plus</source>
        <translation>計劃結束後超過此時長即為超時</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stagger</source>
        <translation>錯開休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At most off the phones per team</source>
        <translation>每個班組同時離線比例上限</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The coverage check warns when a break would take more of a team off the phones at once.</source>
        <translation>若休息會使班組同時離線的比例超過此值，人力覆蓋檢查會發出警告。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Offered when an escalation is opened on this channel; each item keeps the promise it was opened with.</source>
        <translation>在此渠道建立升級投訴時預設提供的時限；每條升級投訴保留建立時的回電承諾。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Callback promise</source>
        <translation>回電承諾</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk with this much of the promise left</source>
        <translation>承諾時限剩餘此比例時標為有風險</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An open item turns at risk (and raises a notification) when no more than this share of its promise is left.</source>
        <translation>未結升級投訴的承諾時限剩餘不超過此比例時，即標為有風險（併發出通知）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note on the timeline at (% used)</source>
        <translation>時間線記錄節點（已用時限 %）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Percent of the promise used, separated by commas; each is noted on the item's timeline once.</source>
        <translation>已用承諾時限的百分比，以逗號分隔；每個節點在該升級投訴的時間線上記錄一次。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show resolved items for</source>
        <translation>已解決項保留顯示</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Business hours</source>
        <translation>工作時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open from</source>
        <translation>工作時段</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open on</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Promise counts business hours only for</source>
        <translation>以下渠道的回電承諾僅計算工作時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other channels count every hour of the day (24x7), which is what a customer hears as "within 24 hours".</source>
        <translation>其他渠道按全天 24 小時計時（24x7），即客戶所理解的“24 小時內”。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be at least the caution level</source>
        <translation>不得低於注意閾值</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be at least the watch level</source>
        <translation>不得低於關注閾值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must end at another time than they start</source>
        <translation>結束時間不能與開始時間相同</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be later than the start</source>
        <translation>結束時間必須晚於開始時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>choose at least one day</source>
        <translation>請至少選擇一天</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Default: {value}</source>
        <translation>預設值：{value}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loading the floor's settings…</source>
        <translation>正在載入現場設定…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not load the settings: {error}</source>
        <translation>無法載入設定：{error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not saved: {error}</source>
        <translation>未儲存：{error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please check: {errors}</source>
        <translation>請檢查：{errors}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put every tab back to the built-in defaults (saved only with OK or Apply)</source>
        <translation>將所有選項卡恢復為內建預設值（點選“確定”或“應用”後才會儲存）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These settings belong to the floor: they are kept in its database and apply to every console and command using it.</source>
        <translation>這些設定屬於整個現場：儲存在現場資料庫中，適用於使用該資料庫的所有控制台和命令。</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../console/ui/preferences/privacy_page.py" line="+65" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free text older than this is removed for good: notes on flags and repeat callers, escalation notes, coaching notes and outcomes, recognition texts and issue notes. Counts, times and severities stay, so reports still add up. Checked at every start.</source>
        <translation>超過此期限的自由文本將被永久刪除：辱罵標記和重複來電者的備註、升級投訴備註、輔導備註及結果、表揚內容以及問題備註。次數、時間和嚴重程度會保留，報表統計不受影響。每次啟動時檢查。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A shift ends at</source>
        <translation>班次結束時間</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A backup is taken after local midnight, after the shift end if set, and when the app closes.</source>
        <translation>在本地時間午夜過後、班次結束後（如已設定）以及程式關閉時自動備份。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keeping data</source>
        <translation>資料保留</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep free-text notes for</source>
        <translation>自由文本備註保留</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Backups to keep</source>
        <translation>保留備份數</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show full caller numbers</source>
        <translation>顯示完整來電號碼</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Caller numbers are personal data. Shown in full they appear in the calls and flags docks and in reports (unless anonymised) on every console of this floor. Otherwise only the last four digits are shown. The change is recorded in the audit log.</source>
        <translation>來電號碼屬於個人資訊。開啟後，本現場所有控制台的來電面板、辱罵標記面板以及報表（未匿名化時）中都將顯示完整號碼；否則僅顯示後四位。此項更改會記錄在審計日誌中。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Caller numbers</source>
        <translation>來電號碼</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latest backup</source>
        <translation>最近備份</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Nothing changed.</source>
        <translation>沒有更改。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location line="+28" />
        <source>none yet</source>
        <translation>暫無</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Saved; the change is in the audit log.</source>
        <translation>已儲存；此更改已記錄在審計日誌中。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backup saved: {name}</source>
        <translation>備份已儲存：{name}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not {action}: {error}</source>
        <translation>操作失敗（{action}）：{error}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Privacy and data</source>
        <translation>隱私與資料</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../console/ui/problems_view.py" line="+101" />
        <source>Ingest problems</source>
        <translation>資料接入問題</translation>
    </message>
    <message>
        <location line="+40" />
        <source>{n} lines could not be used. They were kept, not dropped.</source>
        <translation>有 {n} 行無法使用。這些行已保留，沒有丟棄。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No problems: every line was read.</source>
        <translation>沒有問題：所有行均已讀取。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location line="-77" />
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Raw text</source>
        <translation>原始內容</translation>
    </message>
</context>
<context>
    <name>QaImportDialog</name>
    <message>
        <location filename="../../console/ui/care/qa_import_dialog.py" line="+91" />
        <source>Import QA flags</source>
        <translation>匯入質檢標記</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Copy rejected rows</source>
        <translation>複製被拒絕的行</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Imported: {imported} · updated: {updated} · rejected: {rejected}</source>
        <translation>已匯入：{imported} · 已更新：{updated} · 已拒絕：{rejected}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The good rows were kept. Fix the rejected rows in the file and import it again: rows with an id are updated, not added twice.</source>
        <translation>有效的行已保留。請在檔案中修正被拒絕的行後重新匯入：帶有 id 的行會被更新，不會重複新增。</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../console/ui/board/queue_table_model.py" line="+88" />
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answered</source>
        <translation>接聽</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandoned</source>
        <translation>放棄</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SL</source>
        <translation>服務水平</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandon %</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avg wait</source>
        <translation>平均等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avg talk</source>
        <translation>平均通話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Available</source>
        <translation>可接聽</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Left the queue by timeout, key press or empty queue</source>
        <translation>因超時、按鍵或佇列無人值守而離開佇列</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service level today: answered within {t} s / offered, excluding short abandons</source>
        <translation>今日服務水平：{t} 秒內接聽 / 呼入，不含短時放棄</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mean wait before answer</source>
        <translation>接聽前的平均等待時長</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean talk time of completed calls</source>
        <translation>已完成來電的平均通話時長</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This queue's own members who can take its next call, of all its members</source>
        <translation>本佇列成員中可接聽下一通來電的人數 / 全部成員</translation>
    </message>
    <message>
        <location line="+28" />
        <source>At or above the {target} target</source>
        <translation>達到或高於 {target} 的目標</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Below the {target} target</source>
        <translation>低於 {target} 的目標</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{available} of {members}</source>
        <translation>{available} / {members}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{members} members: {available} available, {paused} paused here, {on_call} on a call from this queue</source>
        <translation>{members} 名成員：{available} 名空閒，{paused} 名在本佇列暫停，{on_call} 名正在接聽本佇列來電</translation>
    </message>
</context>
<context>
    <name>RecogniseDialog</name>
    <message>
        <location filename="../../console/ui/positives/recognise_dialog.py" line="+46" />
        <location line="+52" />
        <source>Recognise</source>
        <translation>表揚</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Choose an agent…</source>
        <translation>選擇坐席…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record what went well. It shows in the Positives panel, in the agent's history and in the shift report.</source>
        <translation>記錄做得好的地方。該記錄會顯示在“正面記錄”面板、坐席歷史和班次報告中。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Link to {what}</source>
        <translation>關聯到 {what}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For</source>
        <translation>表揚事由</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they did</source>
        <translation>具體表現</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Say what they did</source>
        <translation>請填寫具體表現</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In a few words (optional), e.g. what the customer said</source>
        <translation>簡要說明（可選），例如客戶說了什麼</translation>
    </message>
</context>
<context>
    <name>RecognitionListModel</name>
    <message>
        <location filename="../../console/ui/positives/positives_list.py" line="+80" />
        <source>recorded by {who}</source>
        <translation>由 {who} 記錄</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../console/ui/audit/recovery_dialog.py" line="+32" />
        <source>it is not an SQLite database (its header was overwritten, or it is another kind of file)</source>
        <translation>它不是 SQLite 資料庫（檔案頭已被覆蓋，或者是別的檔案）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>its pages are damaged or missing (a truncated or partly overwritten file)</source>
        <translation>它的資料頁已損壞或缺失（檔案被截斷或部分被覆蓋）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>SQLite cannot read it</source>
        <translation>SQLite 無法讀取它</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Composure cannot write in {folder}, where the database {path} is. SQLite must write beside the database even to read it.</source>
        <translation>Composure 無法在資料庫 {path} 所在的資料夾 {folder} 中寫入。即使只是讀取，SQLite 也必須在資料庫旁邊寫入檔案。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Composure cannot write the database file {path}: it is read-only.</source>
        <translation>Composure 無法寫入資料庫檔案 {path}：它是隻讀的。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Make it writable (or move the database to a folder you can write), or start with --db to use another database.</source>
        <translation>請讓它可寫（或把資料庫移到你能寫入的資料夾），或者用 --db 啟動以使用另一個數據庫。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{path} is a folder, not a database file. Start with --db and a file name.</source>
        <translation>{path} 是資料夾，不是資料庫檔案。請用 --db 加檔名啟動。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database {path} was made by a newer Composure (schema version {found}); this one knows up to version {known}. Update Composure to open it.</source>
        <translation>資料庫 {path} 由更新版本的 Composure 建立（架構版本 {found}）；此版本最多隻認識版本 {known}。請更新 Composure 後再開啟。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database {path} is damaged and cannot be used: {finding}.</source>
        <translation>資料庫 {path} 已損壞，無法使用：{finding}。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is no backup of it. Start with --db to use another database.</source>
        <translation>它沒有備份。請用 --db 啟動以使用另一個數據庫。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The latest backup this version can read is {backup} ({when}): `composure db restore --db {path} {backup}` puts it back (the file it replaces is kept).</source>
        <translation>此版本能讀取的最新備份是 {backup}（{when}）：`composure db restore --db {path} {backup}` 可將其恢復（被替換的檔案會保留）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Or restore the latest backup this version can read, {name} ({when}): what was written since is not in it. The newer file is kept beside the backups.</source>
        <translation>或者恢復此版本能讀取的最新備份 {name}（{when}）：此後寫入的內容不在其中。較新的檔案會保留在備份旁邊。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The latest backup is {name} ({when}). Restore it? The damaged file is kept beside the backups.</source>
        <translation>最新備份是 {name}（{when}）。要恢復它嗎？損壞的檔案會保留在備份旁邊。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Composure — database from a newer version</source>
        <translation>Composure — 資料庫來自更新的版本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Composure — cannot write the database</source>
        <translation>Composure — 無法寫入資料庫</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Composure — not a database</source>
        <translation>Composure — 不是資料庫</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Composure — damaged database</source>
        <translation>Composure — 資料庫已損壞</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Restore latest backup</source>
        <translation>恢復最新備份</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Composure</source>
        <translation>Composure</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The backup could not be restored: {error}</source>
        <translation>無法恢復備份：{error}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Restored {name}. The replaced database is kept as {kept}.</source>
        <translation>已恢復 {name}。被替換的資料庫保留為 {kept}。</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../console/ui/care/qa_import_dialog.py" line="-74" />
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../console/ui/reports/report_form.py" line="+61" />
        <source>None ticked: the whole floor.</source>
        <translation>未勾選：整個現場。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (zip)</source>
        <translation>CSV 檔案（zip）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US Letter</source>
        <translation>美式信紙（Letter）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace agent names with pseudonyms</source>
        <translation>用化名替換坐席姓名</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each agent gets a stable pseudonym ("Agent 7F3A"), the same in every section and every format.</source>
        <translation>每名坐席分配一個固定化名（如“Agent 7F3A”），在所有章節和所有格式中保持一致。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Shift:</source>
        <translation>班次(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;From:</source>
        <translation>開始(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;To:</source>
        <translation>結束(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;eams:</source>
        <translation>班組(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Page size:</source>
        <translation>紙張大小(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{name} ({start}–{end} next day)</source>
        <translation>{name}（{start}–次日 {end}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} ({start}–{end})</source>
        <translation>{name}（{start}–{end}）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Custom range</source>
        <translation>自定義時間段</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Early</source>
        <translation>早班</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Late</source>
        <translation>中班</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Night</source>
        <translation>夜班</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../console/ui/reports/report_preview.py" line="+28" />
        <source>Choose a shift and press Preview to see the report here.</source>
        <translation>選擇班次並點選“預覽”，即可在此檢視報表。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <location filename="../../console/reports/texts.py" line="+16" />
        <source>Shift report</source>
        <translation>班次報表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queues</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Half-hour intervals</source>
        <translation>半小時時段</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+90" />
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-89" />
        <location line="+68" />
        <source>Pauses by reason</source>
        <translation>按原因統計的暫停</translation>
    </message>
    <message>
        <location line="-67" />
        <location line="+33" />
        <source>Abusive-call flags</source>
        <translation>辱罵來電標記</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Repeat abusive callers</source>
        <translation>反覆辱罵的來電者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coaching and 1:1 sessions</source>
        <translation>輔導與一對一談話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalations</source>
        <translation>升級投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor notes</source>
        <translation>主管備註</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recognition</source>
        <translation>表揚</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues for management</source>
        <translation>管理層問題</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Coaching sessions are not recorded in this database yet.</source>
        <translation>此資料庫尚未記錄輔導。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recognition is not recorded in this database yet.</source>
        <translation>此資料庫尚未記錄表揚。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Escalations are not recorded in this database yet.</source>
        <translation>此資料庫尚未記錄升級投訴。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issues for management are not recorded in this database yet.</source>
        <translation>此資料庫尚未記錄管理層問題。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the 1:1 talks granted together with a recovery break are listed.</source>
        <translation>僅列出隨恢復性休息一併安排的一對一談話。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None in this shift.</source>
        <translation>本班次無記錄。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calls offered</source>
        <translation>呼入來電</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+27" />
        <source>Answered</source>
        <translation>接聽</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+28" />
        <source>Abandoned</source>
        <translation>放棄</translation>
    </message>
    <message>
        <location line="-27" />
        <source>of which short abandons (not counted)</source>
        <translation>其中短時放棄（不計入）</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+28" />
        <source>Service level</source>
        <translation>服務水平</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Service level target</source>
        <translation>服務水平目標</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+27" />
        <source>Abandon rate</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Average handle time</source>
        <translation>平均處理時長</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest wait</source>
        <translation>最長等待</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Severe flags (severity 2-3)</source>
        <translation>嚴重標記（嚴重程度 2-3）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flags not acknowledged</source>
        <translation>未確認的標記</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median time to acknowledge</source>
        <translation>確認時間中位數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median time to a break</source>
        <translation>安排休息時間中位數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recovery breaks granted</source>
        <translation>已安排的恢復性休息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1:1 talks</source>
        <translation>一對一談話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalations breached</source>
        <translation>已超時的升級投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalations opened</source>
        <translation>新建的升級投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalations resolved</source>
        <translation>已解決的升級投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalations at risk</source>
        <translation>有風險的升級投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean trust score at first reply</source>
        <translation>首次答覆時的平均客戶信任度</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All queues</source>
        <translation>全部佇列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answered in time</source>
        <translation>及時接聽</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mean wait</source>
        <translation>平均等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean talk</source>
        <translation>平均通話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls</source>
        <translation>接聽量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AHT</source>
        <translation>平均處理時長</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talk time</source>
        <translation>通話時長</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missed rings</source>
        <translation>振鈴未接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused</source>
        <translation>暫停時長</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flags</source>
        <translation>標記</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severe</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strain peak</source>
        <translation>壓力峰值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Breaks</source>
        <translation>休息次數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Break minutes</source>
        <translation>休息分鐘數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1:1</source>
        <translation>一對一</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coaching</source>
        <translation>輔導</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Praise</source>
        <translation>表揚</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caller</source>
        <translation>來電號碼</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To acknowledge (min)</source>
        <translation>確認用時（分鐘）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To a break (min)</source>
        <translation>至休息用時（分鐘）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acknowledged by</source>
        <translation>確認人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat caller</source>
        <translation>重複來電</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Worst severity</source>
        <translation>最高嚴重程度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last</source>
        <translation>末次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marked</source>
        <translation>已標記</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With</source>
        <translation>參與人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes</source>
        <translation>分鐘數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opened</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>處理人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Promised (min)</source>
        <translation>承諾時限（分鐘）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elapsed (min)</source>
        <translation>已用時（分鐘）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trust score</source>
        <translation>信任度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Author</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>涉及物件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reports</source>
        <translation>上報次數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues</source>
        <translation>問題數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>已上報</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fixed</source>
        <translation>已修復</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Insult / profanity</source>
        <translation>侮辱 / 髒話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threat</source>
        <translation>威脅</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Harassment</source>
        <translation>騷擾</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat abuse</source>
        <translation>反覆辱罵</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1:1 talk</source>
        <translation>一對一談話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peer coaching</source>
        <translation>同伴輔導</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>已計劃</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Breached</source>
        <translation>已超時</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met late</source>
        <translation>逾期達成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flag</source>
        <translation>辱罵標記</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Escalation</source>
        <translation>升級投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compliment from a customer</source>
        <translation>客戶表揚</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved a hard complaint</source>
        <translation>解決了棘手投訴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Helped a colleague</source>
        <translation>幫助同事</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network or service fault at a location</source>
        <translation>區域性網路或服務故障</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Billing error</source>
        <translation>賬單錯誤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Broken process</source>
        <translation>流程缺陷</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Policy causes anger</source>
        <translation>政策引發客戶不滿</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product defect</source>
        <translation>產品缺陷</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no reason given)</source>
        <translation>（未註明原因）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All teams</source>
        <translation>全部班組</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Teams: {teams}</source>
        <translation>班組：{teams}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generated {when}</source>
        <translation>生成於 {when}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent names are replaced by pseudonyms.</source>
        <translation>坐席姓名已替換為化名。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue figures cover the whole floor; the team filter applies to agents, flags, breaks and sessions.</source>
        <translation>佇列資料涵蓋整個現場；班組篩選僅適用於坐席、標記、休息和輔導談話。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service level = calls answered within {seconds} s / calls offered, excluding abandons under {short} s.</source>
        <translation>服務水平 = {seconds} 秒內接聽的來電 / 呼入來電，不含 {short} 秒內的放棄。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Strain peak: the highest of the board's strain score (0-100, from counted events only), read every half hour while the agent was on the floor.</source>
        <translation>壓力峰值：看板壓力分數（0-100，僅基於已計數的事件）的最高值，在座席在崗期間每半小時讀取一次。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{shown} of {total} flags are printed: the most severe, those not acknowledged first. The XLSX and CSV exports list every flag.</source>
        <translation>此處列印 {total} 條標記中的 {shown} 條：最嚴重的、未確認的優先。XLSX 和 CSV 匯出包含全部標記。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Calls per half hour</source>
        <translation>每半小時來電量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service level per half hour</source>
        <translation>每半小時服務水平</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Intervals per day</source>
        <translation>按天統計</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intervals per week</source>
        <translation>按周統計</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Calls per day</source>
        <translation>每天來電</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calls per week</source>
        <translation>每週來電</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Service level per day</source>
        <translation>每天服務水平</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service level per week</source>
        <translation>每週服務水平</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One row a day.</source>
        <translation>每天一行。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One row a week (from Monday).</source>
        <translation>每週一行（從週一起）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One row a day; {count} days without a call are left out.</source>
        <translation>每天一行；{count} 個沒有來電的日子未列出。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One row a week (from Monday); {count} weeks without a call are left out.</source>
        <translation>每週一行（從週一起）；{count} 個沒有來電的周未列出。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No Chinese font was found on this computer: Chinese text may not print correctly.</source>
        <translation>此計算機上未找到中文字型：中文內容可能無法正確列印。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{m} min</source>
        <translation>{m} 分鐘</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{h} h</source>
        <translation>{h} 小時</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{h} h {m} min</source>
        <translation>{h} 小時 {m} 分鐘</translation>
    </message>
    <message>
        <location line="+1" />
        <source>overdue</source>
        <translation>已超時</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../console/ui/reports/report_dialog.py" line="+38" />
        <location line="+157" />
        <source>Export shift report</source>
        <translation>匯出班次報表</translation>
    </message>
    <message>
        <location line="-138" />
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Counting calls…</source>
        <translation>正在統計來電…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Half-hour intervals…</source>
        <translation>正在按半小時統計…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strain through the shift…</source>
        <translation>正在統計班次內的壓力指數…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flags, breaks and agents…</source>
        <translation>正在統計標記、休息和坐席…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sessions, escalations and notes…</source>
        <translation>正在統計輔導、升級投訴和備註…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writing the file…</source>
        <translation>正在寫入檔案…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The report could not be made: {error}</source>
        <translation>無法生成報告：{error}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancelled. Nothing was saved.</source>
        <translation>已取消，未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No Chinese font was found: Chinese names may not print in the PDF.</source>
        <translation>未找到中文字型：PDF 中的中文姓名可能無法顯示。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The choices changed: press Preview to see them.</source>
        <translation>選項已更改：請點選“預覽”檢視。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The end of the range must be after its start.</source>
        <translation>結束時間必須晚於開始時間。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Building the preview…</source>
        <translation>正在生成預覽…</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 頁。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zip of CSV files (*.zip)</source>
        <translation>CSV 檔案壓縮包 (*.zip)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../console/ui/shortcuts_dialog.py" line="+125" />
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Search actions or keys…</source>
        <translation>搜尋操作或按鍵…</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Help</source>
        <translation>幫助</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Shortcut</source>
        <translation>快捷鍵</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Menu</source>
        <translation>選單</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No action matches.</source>
        <translation>沒有匹配的操作。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alt and the underlined letter opens a menu; Tab moves between the table, the filters and the docks' buttons.</source>
        <translation>按 Alt 加帶下劃線的字母可開啟選單；按 Tab 可在表格、篩選框和各面板按鈕之間切換。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>What the figures mean</source>
        <translation>指標說明</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../console/ui/preferences/sources_page.py" line="+68" />
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>queue_log (the record of what happened)</source>
        <translation>queue_log（呼叫事件記錄）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow the Asterisk Manager Interface (live agent states)</source>
        <translation>連線 Asterisk 管理介面（即時坐席狀態）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The section name in the PBX's manager.conf</source>
        <translation>PBX 的 manager.conf 中的節名稱</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set secret…</source>
        <translation>設定密碼…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stored in the system keyring, never in a file</source>
        <translation>儲存在系統金鑰環中，不會寫入檔案</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Asterisk Manager Interface</source>
        <translation>Asterisk 管理介面</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secret</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import folders (QA flags, escalations, rosters)</source>
        <translation>匯入資料夾（質檢標記、升級投訴、排班表）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rows</source>
        <translation>行數</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last event</source>
        <translation>最新事件</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the sources' status again (OK or Apply saves the page)</source>
        <translation>重新讀取資料來源狀態（點選“確定”或“應用”儲存本頁）</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Data sources saved; the AMI link restarts.</source>
        <translation>資料來源已儲存；AMI 連線將重新啟動。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Secret stored in the system keyring.</source>
        <translation>密碼已儲存到系統金鑰環。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not {action}: {error}</source>
        <translation>操作失敗（{action}）：{error}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>stored in the system keyring</source>
        <translation>已儲存在系統金鑰環中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none stored</source>
        <translation>尚未設定</translation>
    </message>
    <message>
        <location line="+16" />
        <source>live</source>
        <translation>線上</translation>
    </message>
    <message>
        <location line="+0" />
        <source>down</source>
        <translation>斷開</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reading</source>
        <translation>讀取中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>idle</source>
        <translation>無活動</translation>
    </message>
    <message>
        <location line="+9" />
        <source>queue_log file</source>
        <translation>queue_log 檔案</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import folder</source>
        <translation>匯入資料夾</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter the AMI user first.</source>
        <translation>請先輸入 AMI 使用者名稱。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AMI secret</source>
        <translation>AMI 密碼</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secret for {user}@{host}:{port}</source>
        <translation>{user}@{host}:{port} 的密碼</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Data sources</source>
        <translation>資料來源</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <location filename="../../console/ui/care/suggestion_table_model.py" line="+106" />
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Found</source>
        <translation>檢出</translation>
    </message>
    <message>
        <location line="+79" />
        <source>not counted: {words}</source>
        <translation>未計入：{words}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing found</source>
        <translation>未發現</translation>
    </message>
    <message>
        <location line="+12" />
        <source>aimed at the agent</source>
        <translation>針對坐席</translation>
    </message>
    <message>
        <location line="+2" />
        <source>veiled</source>
        <translation>隱晦</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“{words}”: {category}, severity {severity}{how}</source>
        <translation>“{words}”：{category}，嚴重程度 {severity}{how}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{words}” not counted: the text speaks of a complaint or a legal step (“{cue}”)</source>
        <translation>“{words}”未計入：文本提到投訴或法律途徑（“{cue}”）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{words}” not counted: it is quoted and the text talks about the words (“{cue}”)</source>
        <translation>“{words}”未計入：該詞為引用，文本是在談論這些用語（“{cue}”）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Record {id}</source>
        <translation>記錄 {id}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick to confirm this line as abusive</source>
        <translation>勾選以確認此行屬於辱罵</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <location filename="../../console/ui/coaching/talk_dialog.py" line="+42" />
        <source>1:1 talk</source>
        <translation>一對一談話</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1:1 talk with &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>與 &lt;b&gt;{agent}&lt;/b&gt; 一對一談話</translation>
    </message>
    <message>
        <location line="+15" />
        <source>What is going well</source>
        <translation>目前做得好的地方</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What we will do differently</source>
        <translation>接下來要改進的做法</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anything else worth keeping</source>
        <translation>其他值得記錄的內容</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Team lead:</source>
        <translation>組長：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs most right now:</source>
        <translation>當前最需要：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What went well:</source>
        <translation>做得好的：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to do differently:</source>
        <translation>需要改進的：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Plan for later</source>
        <translation>稍後安排</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not now:</source>
        <translation>改期至：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save talk</source>
        <translation>儲存談話</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Recorded {when}; saving corrects it.</source>
        <translation>已於 {when} 記錄；儲存將更正此記錄。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Planned after a recovery break ({when}).</source>
        <translation>已計劃在恢復性休息後進行（{when}）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned ({when}).</source>
        <translation>已計劃（{when}）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Last time: {needs}</source>
        <translation>上次：{needs}</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../console/ui/escalations/dock.py" line="-99" />
        <source>overdue {t}</source>
        <translation>已超時 {t}</translation>
    </message>
</context>
</TS>
