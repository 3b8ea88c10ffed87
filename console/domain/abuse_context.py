"""The words *around* abuse: safe phrases, complaint words, mention cues, second person.

The abuse lexicon (:mod:`abuse_lexicon`) says what is abusive; this module holds what changes
the reading of a match, and the traditional -> simplified table the normaliser falls back on.
It imports nothing from the detector, so the normaliser can use it without a cycle.
"""

from __future__ import annotations

import codecs


def _rot13(*texts: str) -> tuple[str, ...]:
    return tuple(codecs.decode(t, "rot13") for t in texts)


# A term match that lies wholly inside one of these phrases is not abuse ("废物利用" is
# recycling, "垃圾桶" a bin, "spic and span" a cleaner).
SAFE_PHRASES: tuple[str, ...] = (
    "废物利用", "废物回收", "废物处理", "废物处置", "废物管理", "废物箱", "固体废物", "危险废物",
    "有害废物", "医疗废物", "工业废物", "生活废物", "放射性废物",
    "垃圾邮件", "垃圾短信", "垃圾桶", "垃圾箱", "垃圾袋", "垃圾分类", "垃圾电话", "垃圾清运",
    "神经病学", "神经病理", "变态反应", "傻瓜相机", "傻瓜式", "畜生产", "杂种优势",
    "\u5370\u5ea6\u652f\u90a3",  # Indochina, a place name
    "猪肉", "猪脚", "猪排", "猪油", "猪蹄", "猪饲料", "猪场", "猪价",
    "pig out", "guinea pig", "pig iron", "trash can", "garbage can", "garbage collection",
    "garbage truck", "trash bag", "dumb phone", "dumb terminal", "stupid question",
    "pussy willow", "pussy willows", "pussy cat", "小笨蛋", "小傻瓜", "神经病史", "神经病院",
    "三八节", "三八妇女节",
    *_rot13("fcvp naq fcna", "puvax va gur nezbe", "puvax va gur nezbhe", "puvax bs yvtug"),
)

# Words of complaint and legal steps: a veiled threat next to them promises a complaint.
COMPLAINT_CONTEXT: tuple[str, ...] = (
    "投诉", "举报", "12315", "消协", "消费者协会", "律师", "起诉", "法院", "曝光", "差评", "媒体",
    "工商", "监管", "退款", "经理", "主管", "领导", "告你们",
    "complain", "complaint", "complaints", "report you", "report this", "lawyer", "attorney",
    "sue", "suing", "court", "regulator", "ombudsman", "review", "bbb", "manager", "supervisor",
    "cancel", "cancelling", "canceling", "refund", "social media", "news",
)

# Use, not mention: a quoted insult in a text that talks about words or relays what someone
# else said ("asked how to block the word 'idiot'", "客户转述邻居骂他“你个傻子”") is not abuse of
# the agent. Only quoted matches are dropped, and only when one of these cues is present.
MENTION_CUES: tuple[str, ...] = (
    "the word", "the words", "a word", "the term", "the phrase", "the expression", "quoted",
    "quoting", "spam", "the message said", "a message saying", "text saying", "slang",
    "转述", "这个词", "这个字", "这句话", "说法", "短信", "网上", "垃圾信息", "引用", "词语",
    "屏蔽词",
)

# Second person, and the words that may stand between it and an insult ("you are such a ...",
# "你就是个...", "你们都是..."). Kept short on purpose: "你们的服务是垃圾" has a noun in between
# and stays a complaint.
SECOND_PERSON_EN: tuple[str, ...] = (
    "you", "u", "ya", "ye", "you're", "youre", "ur", "your", "y'all", "yall",
)
FILLERS_EN: tuple[str, ...] = (
    "are", "r", "re", "is", "a", "an", "the", "such", "so", "really", "just", "fucking",
    "fuckin", "freaking", "stupid", "dumb", "little", "big", "fat", "ugly", "absolute",
    "absolutely", "complete", "completely", "total", "totally", "utter", "bloody", "damn",
    "pathetic", "worthless", "useless", "lazy", "all", "guys", "people", "lot", "bunch", "of",
    "being", "acting", "like", "one", "sorry", "piece",
    # minced and masked "fucking" ("you're a f-ing joke")
    "f", "ing", "fing", "effing", "effin", "frigging", "friggin", "freakin", "goddamn",
    "damned", "sodding", "flipping", "brainless",
)
SECOND_PERSON_ZH: tuple[str, ...] = ("你", "您", "妳")
FILLERS_ZH: tuple[str, ...] = (
    "们", "是", "就是", "真是", "就", "真", "这", "那", "这个", "那个", "个", "一个", "一", "种",
    "这种", "这样的", "太", "好", "简直", "他妈", "他妈的", "特么", "特么的", "都", "也", "还",
    "纯", "纯粹", "完全", "十足的", "死", "大", "小", "老", "蠢", "笨", "根本", "真的是", "这头",
    "这只", "这条", "这群", "这些", "那些", "一群", "一帮", "这帮", "丫", "臭", "像", "活脱脱",
    "么", "的确",
)

# Traditional -> simplified for every character the lexicon and the phrase rules use, so
# traditional input is still matched when OpenCC is not installed. Generated from OpenCC's t2s
# data and checked against it by the unit tests; extra variant forms (妳, 著) are folded whether
# OpenCC is present or not.
# Read as pairs: traditional character, then its simplified form.
_T2S_PAIRS = (
    "業业東东個个箇个舉举麼么麽么鄉乡產产産产們们價价優优會会體体兒儿養养內内齣出別别彆别勢势醫医協协臥卧發发髮发變变隻只衕同後后迴回場场聲声處处頭头姦奸媽妈孃娘學学"
    "傢家導导師师幫帮乾干幹干榦干牀床應应廢废開开強强態态戀恋報报斷断機机殺杀雜杂條条樣样殘残滾滚滅灭點点燒烧愛爱爺爷豬猪瑪玛電电療疗癡痴癱瘫監监眞真確确種种筆笔簡简"
    "類类約约純纯經经給给綠绿緑绿羣群腦脑腳脚脫脱臉脸褲裤讓让評评訴诉話话敗败賬账貨货賤贱費费過过運运還还這这進进郵邮裏里裡里門门閉闭險险領领顏颜顔颜飯饭飼饲饒饶馬马"
    "騷骚"
    "來来倉仓傷伤兩两啞哑喫吃單单嗎吗噹当嚨咙囌苏國国婦妇孫孙寧宁對对帶带幾几庫库廠厂廣广廳厅弔吊彈弹慶庆懞蒙懶懒擰拧暈晕査查槍枪樓楼檯台毀毁沒没溫温潑泼澆浇濛蒙灣湾"
    "無无熱热營营燬毁爛烂犢犊當当痠酸盃杯矇蒙窮穷絕绝絲丝絶绝網网總总翫玩聽听肅肃臟脏臺台葯药藥药蘇苏號号襪袜見见親亲記记認认譜谱譭毁貴贵賊贼賓宾質质車车辦办農农週周"
    "遠远遲迟遼辽邊边錘锤鎚锤鐵铁陝陕陸陆雞鸡雲云韓韩頓顿颱台騙骗髒脏鷄鸡麪面麫面麵面龍龙龜龟"
)
T2S_FALLBACK: dict[str, str] = {
    _T2S_PAIRS[i]: _T2S_PAIRS[i + 1] for i in range(0, len(_T2S_PAIRS), 2)
}
EXTRA_FOLD: dict[str, str] = {"妳": "你", "祢": "你", "著": "着"}
