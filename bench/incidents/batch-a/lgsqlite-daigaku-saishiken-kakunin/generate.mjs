// University student-affairs assistant (Japanese). The first syllabus search finds nothing (the
// student wrote the course name with a Latin "II", the catalogue uses "Ⅱ"); the assistant says so
// and asks for the course code instead of answering, then answers from the document it finds.
//   node bench/incidents/batch-a/lgsqlite-daigaku-saishiken-kakunin/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "gakumu-sodan-20260312-0931";

const DOCS = [
  {
    doc_id: "syl-2025-CS2140-retake",
    course_code: "CS2140",
    title: "データ構造Ⅱ",
    instructor: "山本 理恵",
    section: "再試験について",
    text: "本科目の再試験は1回に限り受験できる。受験料は2,000円。申込期間は2026年3月10日から3月17日まで"
      + "（教務ポータルの「再試験申込」から）。再試験は3月24日 10:40〜12:10、3号館301教室で実施する。"
      + "再試験の成績は最高60点（評価C）とする。",
  },
];

const searchSyllabus = tool(
  async ({ query }) => {
    const terms = query.split(/\s+/).filter(Boolean);
    const hits = DOCS.filter((d) => terms.some((t) => d.course_code === t.toUpperCase().replace("-", "")
      || d.title === t));
    return JSON.stringify({ query, total: hits.length, hits });
  },
  {
    name: "search_syllabus",
    description: "シラバスと教務規程を検索する（科目名・科目コード）。",
    schema: z.object({ query: z.string() }),
  },
);

const SYSTEM = "あなたは青葉台大学 教務課の相談アシスタントです。回答はシラバスと教務規程の検索結果に基づいて"
  + "ください。見つからない場合は推測せず、学生に確認してください。";

await writeIncident(import.meta.url, async (checkpointer) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_q8Zt1", "search_syllabus", { query: "データ構造II 再試験" })] },
    { content: "「データ構造II」ではシラバスに該当する科目が見つかりませんでした。誤った情報をお伝えしないよう、"
        + "履修登録画面に表示されている科目コード（英字と数字の組み合わせ）か、担当の先生のお名前を教えていただけますか？" },
    { tool_calls: [call("call_q8Zt2", "search_syllabus", { query: "CS2140 再試験" })] },
    { content: "CS2140「データ構造Ⅱ」（山本 理恵 先生）の再試験は1回に限り受験できます。受験料は2,000円で、"
        + "申込期間は2026年3月10日から3月17日まで、教務ポータルの「再試験申込」から手続きしてください。"
        + "試験は3月24日 10:40〜12:10、3号館301教室です。なお、再試験の成績は最高60点（評価C）となります。" },
  ], "gemini-2.0-flash-001");

  const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([searchSyllabus]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("データ構造IIの単位を落としてしまいました。再試験は受けられますか？申込はいつまでで、受験料はかかりますか？")],
    user_id: "s2461087",
  }, threadConfig(THREAD));
  await graph.invoke({
    messages: [human("科目コードは CS2140 です。")],
  }, threadConfig(THREAD));
});
