// 区役所 国民年金窓口のチャット案内 (LangGraph.js + SqliteSaver, scripted model, offline).
// 受付ノード「入力整理」が相談者のメッセージから基礎年金番号と生年月日を取り出して state に入れ、
// 案内エージェントが年金記録照会・見込額試算・窓口相談予約のツールを使う。
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const TODAY = new Date("2026-04-13T00:00:00+09:00");

// ---------------------------------------------------------------- ツール (窓口システムのスタブ)

const kirokuShoukai = tool(
  async ({ kiso_nenkin_bango }) => JSON.stringify({
    kiso_nenkin_bango,
    shimei: "佐々木 千尋",
    seinengappi: "S62.05.03",
    kokumin_nenkin_tsukisu: 38,
    kosei_nenkin_tsukisu: 142,
    heikin_hyojun_hoshu_gaku: 318000,
    shikaku: "第2号被保険者（厚生年金）",
  }),
  {
    name: "nenkin_kiroku_shoukai",
    description: "基礎年金番号で年金加入記録を照会する。",
    schema: z.object({ kiso_nenkin_bango: z.string() }),
  },
);

function ageOn(birthIso, day) {
  const [y, m, d] = birthIso.split("-").map(Number);
  let age = day.getFullYear() - y;
  if (day.getMonth() + 1 < m || (day.getMonth() + 1 === m && day.getDate() < d)) age--;
  return age;
}

const mikomigakuShisan = tool(
  async ({ seinengappi, kokumin_nenkin_tsukisu, kosei_nenkin_tsukisu, heikin_hyojun_hoshu_gaku }) => {
    const nenrei = ageOn(seinengappi, TODAY);
    const [y, m] = seinengappi.split("-").map(Number);
    const kaishi = m === 12 ? `${y + 66}-01` : `${y + 65}-${String(m + 1).padStart(2, "0")}`;
    const nokori = 65 - nenrei;
    // 現在の加入を65歳まで続けた場合
    const kosei65 = kosei_nenkin_tsukisu + Math.max(0, nokori) * 12;
    const kiso = Math.round(831700 * Math.min(480, kokumin_nenkin_tsukisu + kosei65) / 480);
    const hirei = Math.round(heikin_hyojun_hoshu_gaku * 5.481 / 1000 * kosei65);
    return JSON.stringify({
      seinengappi,
      nenrei,
      jukyu_kaishi: kaishi,
      zentei: "65歳まで現在の条件で厚生年金に加入",
      kanyu_tsukisu_65sai: kokumin_nenkin_tsukisu + kosei65,
      rourei_kiso_nenkin_nengaku: kiso,
      rourei_kosei_nenkin_nengaku: hirei,
      goukei_nengaku: kiso + hirei,
    });
  },
  {
    name: "mikomigaku_shisan",
    description: "生年月日（西暦 YYYY-MM-DD）と加入記録から老齢年金の見込額を試算する。",
    schema: z.object({
      seinengappi: z.string().describe("YYYY-MM-DD"),
      kokumin_nenkin_tsukisu: z.number(),
      kosei_nenkin_tsukisu: z.number(),
      heikin_hyojun_hoshu_gaku: z.number(),
    }),
  },
);

const soudanYoyaku = tool(
  async ({ kubun, kibo_bi, kiso_nenkin_bango }) => JSON.stringify({
    yoyaku_bango: "YK-0420-2207",
    kubun,
    nichiji: `${kibo_bi} 10:30`,
    basho: "中央区役所 本庁舎2階 国民年金係 7番窓口",
    kiso_nenkin_bango,
    jisan: kubun.includes("請求") ? ["年金請求書", "戸籍謄本", "受取口座の通帳", "本人確認書類"] : ["ねんきん定期便", "本人確認書類"],
  }),
  {
    name: "soudan_yoyaku",
    description: "区役所年金窓口の相談を予約する。kubun は「年金見込額の相談」「老齢年金 請求手続き」「免除・猶予の申請」のいずれか。",
    schema: z.object({ kubun: z.string(), kibo_bi: z.string(), kiso_nenkin_bango: z.string() }),
  },
);

// ---------------------------------------------------------------- グラフ

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  kiso_nenkin_bango: Annotation(),
  seinengappi: Annotation(),
});

const SYSTEM = "あなたは中央区役所 国民年金係のチャット案内です。丁寧な日本語で、ツールの結果に基づいて案内してください。";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("nyuryoku_seiri", async (state) => {
      const text = lastText(state.messages, "human");
      const bango = /(\d{4})-?(\d{6})/.exec(text);
      const bd = /(\d{1,4})年(\d{1,2})月(\d{1,2})日/.exec(text);
      const update = {};
      if (bango) update.kiso_nenkin_bango = `${bango[1]}-${bango[2]}`;
      if (bd) {
        let y = Number(bd[1]);
        if (y < 100) y += 1900;
        update.seinengappi = `${y}-${bd[2].padStart(2, "0")}-${bd[3].padStart(2, "0")}`;
      }
      return update;
    })
    .addNode("annai", async (state) => {
      const kakunin = `\n相談者: 基礎年金番号 ${state.kiso_nenkin_bango} / 生年月日 ${state.seinengappi}`;
      return { messages: [await model.invoke([new SystemMessage(SYSTEM + kakunin), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([kirokuShoukai, mikomigakuShisan, soudanYoyaku]))
    .addEdge(START, "nyuryoku_seiri")
    .addEdge("nyuryoku_seiri", "annai")
    .addConditionalEdges("annai", toolsCondition, { tools: "tools", [END]: END })
    .addEdge("tools", "annai")
    .compile({ checkpointer });
}

// ---------------------------------------------------------------- 会話

await writeIncident(import.meta.url, async (saver) => {
  const thread = "nenkin-chat:R8-0413-00417";
  const birthFromPrompt = (messages) => /生年月日 (\d{4}-\d{2}-\d{2})/.exec(messages[0].content)[1];
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("tc-01", "nenkin_kiroku_shoukai", { kiso_nenkin_bango: "4512-083317" })] },
    (messages) => ({ tool_calls: [call("tc-02", "mikomigaku_shisan", {
      seinengappi: birthFromPrompt(messages),
      kokumin_nenkin_tsukisu: 38,
      kosei_nenkin_tsukisu: 142,
      heikin_hyojun_hoshu_gaku: 318000,
    })] }),
    (messages) => {
      const r = JSON.parse(lastText(messages, "tool"));
      return { tool_calls: [call("tc-03", "soudan_yoyaku", {
        kubun: r.nenrei >= 60 ? "老齢年金 請求手続き" : "年金見込額の相談",
        kibo_bi: "2026-04-20",
        kiso_nenkin_bango: "4512-083317",
      })] };
    },
    (messages) => {
      const shisan = JSON.parse(messages.filter((m) => m.getType() === "tool")[1].content);
      const [y, m] = shisan.jukyu_kaishi.split("-");
      return { content: `佐々木 千尋 様、記録を確認しました（国民年金 38か月・厚生年金 142か月）。`
          + `現在 ${shisan.nenrei} 歳でいらっしゃいますので、老齢基礎年金・老齢厚生年金は${y}年${Number(m)}月分から`
          + `受け取れます。65歳まで今の条件で厚生年金に加入した場合の見込額は年額 `
          + `${shisan.goukei_nengaku.toLocaleString("ja-JP")}円（基礎 ${shisan.rourei_kiso_nenkin_nengaku.toLocaleString("ja-JP")}円・`
          + `厚生 ${shisan.rourei_kosei_nenkin_nengaku.toLocaleString("ja-JP")}円）です。\n`
          + `受給開始に向けて、4月20日 10:30 に「老齢年金 請求手続き」の窓口相談を予約しました（予約番号 YK-0420-2207、`
          + `本庁舎2階 7番窓口）。年金請求書・戸籍謄本・受取口座の通帳・本人確認書類をお持ちください。` };
    },
  ]);
  const g = graph(saver, model);
  await g.invoke({
    messages: [human("ねんきん定期便が届いたのですが、将来いくらもらえるのかよく分かりません。"
      + "昭和62年5月3日生まれ、基礎年金番号は4512-083317です。窓口で詳しく相談したいので、"
      + "来週月曜（4/20）の午前で予約もお願いします。")],
    user_id: "kiso-4512-083317",
  }, threadConfig(thread));
});
