// Contract-review assistant at a law firm: four turns on one vendor MSA. The graph keeps a rolling
// summary: once the history grows past a threshold, a summariser folds it into the `summary`
// channel and removes the older messages with RemoveMessage. LangGraph.js with SqliteSaver,
// scripted models, offline.
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-msa-redline-rolling-summary-p5/generate.mjs
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, SystemMessage, HumanMessage, ToolNode,
  tool, z, ScriptedChatModel, call, human, promptText, threadConfig, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "NWB-2026-0142-msa";
const MAX_MESSAGES = 10;

const SYSTEM = "You are the contract-review assistant of Halvorsen & Reyes LLP. You review counterparty drafts "
  + "against the client's negotiating positions, propose redlines and log them to the matter.";

const CLAUSES = {
  "3.2": "3.2 Renewal. This Agreement shall automatically renew for successive terms of thirty-six (36) months "
    + "unless either party gives written notice of non-renewal at least ninety (90) days before the end of the "
    + "then-current term.",
  "7": "7. Data Protection. Provider may process Customer Data in any jurisdiction in which Provider or its "
    + "subprocessors operate, including India and the Philippines.",
  "9": "9. Limitation of Liability. Provider's aggregate liability shall not exceed the fees paid by Customer in "
    + "the three (3) months preceding the event giving rise to the claim.",
  "10": "10. Indemnification. Provider shall defend Customer against third-party claims that the Service "
    + "infringes a United States patent, copyright or trademark. Customer shall indemnify Provider against all "
    + "claims arising from Customer Data.",
  "14": "14. Governing Law. This Agreement is governed by the laws of the State of California; venue lies "
    + "exclusively in the courts of Santa Clara County.",
};

const fetchDocument = tool(
  async ({ doc_id }) => JSON.stringify({
    doc_id,
    title: "Quanterra Master Services Agreement (LIMS Cloud)",
    counterparty: "Quanterra Systems, Inc.",
    received: "2026-03-06",
    sections: ["1 Definitions", "2 Services", "3 Term; 3.2 Renewal", "4 Fees", "5 SLAs", "6 Confidentiality",
      "7 Data Protection", "8 Warranties", "9 Limitation of Liability", "10 Indemnification", "11 Insurance",
      "12 Termination", "13 Notices", "14 Governing Law"],
    pages: 23,
  }),
  { name: "fetch_document", description: "Fetch a document from the DMS.", schema: z.object({ doc_id: z.string() }) },
);

const getClause = tool(
  async ({ doc_id, section }) => JSON.stringify({ doc_id, section, text: CLAUSES[section] ?? null }),
  {
    name: "get_clause",
    description: "Return the text of one section of a document.",
    schema: z.object({ doc_id: z.string(), section: z.string() }),
  },
);

let redlineSeq = 0;
const proposeRedline = tool(
  async ({ doc_id, section, replacement_text, rationale }) => {
    redlineSeq += 1;
    return JSON.stringify({
      redline_id: `RL-0142-${String(redlineSeq).padStart(3, "0")}`, doc_id, section, status: "logged",
      chars: replacement_text.length, rationale_logged: Boolean(rationale),
    });
  },
  {
    name: "propose_redline",
    description: "Log a proposed replacement for a section to the matter's redline set.",
    schema: z.object({ doc_id: z.string(), section: z.string(), replacement_text: z.string(), rationale: z.string() }),
  },
);

const sendPackage = tool(
  async ({ redline_ids, to, cc }) => JSON.stringify({
    transmittal: "TX-0142-20260309-02", redline_ids, to, cc, attachment: "DOC-88213-v3_NWB-redline.docx",
    status: "sent",
  }),
  {
    name: "send_redline_package",
    description: "E-mail a redline package to counterparty counsel.",
    schema: z.object({ redline_ids: z.array(z.string()), to: z.string(), cc: z.array(z.string()) }),
  },
);

const TOOLS = [fetchDocument, getClause, proposeRedline, sendPackage];

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  summary: Annotation(),
});

// Redline texts are derived from what the agent can see (summary + recent messages), as a model would.
const positions = (messages) => {
  const text = promptText(messages);
  return {
    delaware: /Delaware/.test(text),
    cap2x: /2x fees paid in the (prior|preceding) 12 months/i.test(text),
    renewal12: /12[- ]month/i.test(text) && /60 days/.test(text),
    usOnly: /United States only|inside the US|outside the US/i.test(text),
  };
};

const agentModel = new ScriptedChatModel(THREAD, [
  // turn 1
  { tool_calls: [call("call-4e1a90", "fetch_document", { doc_id: "DOC-88213-v3" })] },
  {
    tool_calls: [
      call("call-4e1a91", "get_clause", { doc_id: "DOC-88213-v3", section: "3.2" }),
      call("call-4e1a92", "get_clause", { doc_id: "DOC-88213-v3", section: "9" }),
      call("call-4e1a93", "get_clause", { doc_id: "DOC-88213-v3", section: "14" }),
    ],
  },
  {
    content: "Quanterra's draft (DOC-88213-v3, 23 pp.) is off on all three points:\n"
      + "- §3.2 Renewal: 36-month auto-renewals with 90 days' notice. Our position: renewal terms of at most "
      + "12 months, opt-out on 60 days' notice.\n"
      + "- §9 Liability: cap = fees paid in the preceding 3 months. Our floor: 2x fees paid in the prior 12 months.\n"
      + "- §14 Governing law: California, exclusive venue Santa Clara County. We need Delaware.",
  },
  // turn 2
  {
    tool_calls: [
      call("call-52bc07", "get_clause", { doc_id: "DOC-88213-v3", section: "10" }),
      call("call-52bc08", "get_clause", { doc_id: "DOC-88213-v3", section: "7" }),
    ],
  },
  {
    content: "- §10 Indemnification: Quanterra only defends US IP claims, while Norwell indemnifies Quanterra "
      + "for *all* claims arising from Customer Data, uncapped. Suggest making it mutual and limited to Norwell's "
      + "breach of its data obligations.\n"
      + "- §7 Data Protection: processing allowed in India and the Philippines. With patient-derived sample data "
      + "that conflicts with Norwell's requirement that nothing is processed outside the US; we should also ask "
      + "for a BAA.",
  },
  // turn 3 (after the first summary)
  (messages) => {
    const p = positions(messages);
    return {
      tool_calls: [
        call("call-6d0f31", "propose_redline", {
          doc_id: "DOC-88213-v3", section: "3.2",
          replacement_text: p.renewal12
            ? "3.2 Renewal. This Agreement shall renew for successive terms of twelve (12) months unless either "
              + "party gives written notice of non-renewal at least sixty (60) days before the end of the "
              + "then-current term."
            : "3.2 Renewal. [to be discussed]",
          rationale: "Client position: renewal terms capped at 12 months, 60 days' opt-out notice.",
        }),
        call("call-6d0f32", "propose_redline", {
          doc_id: "DOC-88213-v3", section: "9",
          replacement_text: p.cap2x
            ? "9. Limitation of Liability. Each party's aggregate liability shall not exceed two times (2x) the "
              + "fees paid or payable by Customer in the twelve (12) months preceding the event giving rise to "
              + "the claim."
            : "9. Limitation of Liability. [to be discussed]",
          rationale: "Client floor: 2x fees paid in the prior 12 months.",
        }),
        call("call-6d0f33", "propose_redline", {
          doc_id: "DOC-88213-v3", section: "14",
          replacement_text: p.delaware
            ? "14. Governing Law. This Agreement is governed by the laws of the State of Delaware, without regard "
              + "to its conflict-of-laws rules; the state and federal courts in Wilmington, Delaware have "
              + "exclusive jurisdiction."
            : "14. Governing Law. [to be discussed]",
          rationale: "Client requires Delaware law and forum.",
        }),
      ],
    };
  },
  {
    content: "Logged three redlines to NWB-2026-0142: RL-0142-001 (§3.2: 12-month renewals, 60 days' notice), "
      + "RL-0142-002 (§9: cap at 2x fees paid or payable in the prior 12 months, made mutual) and RL-0142-003 "
      + "(§14: Delaware law, Wilmington courts). §§7 and 10 are still open from your last note.",
  },
  // turn 4
  {
    tool_calls: [call("call-7a2e55", "send_redline_package", {
      redline_ids: ["RL-0142-001", "RL-0142-002", "RL-0142-003"],
      to: "mlindqvist@quanterra-legal.com",
      cc: ["general.counsel@norwellbio.com"],
    })],
  },
  {
    content: "Sent (transmittal TX-0142-20260309-02) to Quanterra's counsel M. Lindqvist, cc Norwell's GC, with "
      + "DOC-88213-v3_NWB-redline.docx attached. The data-location (§7, US only plus BAA) and indemnity (§10) "
      + "points are not in this package; I can draft those next.",
  },
]);

const summarizerModel = new ScriptedChatModel(`${THREAD}/summarizer`, [
  {
    content: "Matter NWB-2026-0142: Norwell Biotech (client) reviewing Quanterra Systems' MSA for LIMS Cloud, draft "
      + "DOC-88213-v3 (received 2026-03-06). Client positions given by the user: governing law Delaware; liability "
      + "cap no lower than 2x fees paid in the prior 12 months; renewal terms capped at 12 months with 60 days' "
      + "notice to opt out; patient-derived data processed in the United States only (no processing outside the "
      + "US), BAA required. Draft deviations found: §3.2 36-month renewals / 90 days' notice; §9 cap = 3 months' "
      + "fees; §14 California law, Santa Clara venue; §7 allows India and the Philippines; §10 one-sided, Norwell "
      + "indemnifies all Customer-Data claims uncapped (suggest mutual, limited to breach).",
  },
  (messages) => ({
    content: `${messages.find((m) => m.getType() === "system").content.split("Summary so far: ")[1]}\n`
      + "Update 2026-03-09: redlines logged to the matter, not yet sent: RL-0142-001 (§3.2, 12-month renewals, "
      + "60 days' notice), RL-0142-002 (§9, mutual cap at 2x fees paid or payable in the prior 12 months), "
      + "RL-0142-003 (§14, Delaware law, Wilmington courts). Still open: §7 (US-only processing, BAA) and §10 "
      + "(indemnity).",
  }),
]);

function graph(checkpointer) {
  return new StateGraph(State)
    .addNode("agent", async (state) => {
      const system = SYSTEM + (state.summary ? `\n\nSummary of the earlier conversation: ${state.summary}` : "");
      return { messages: [await agentModel.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("tools", new ToolNode(TOOLS))
    .addNode("summarize", async (state) => {
      if (state.messages.length <= MAX_MESSAGES) return {};
      const prior = state.summary ? `Summary so far: ${state.summary}` : "Summarise the conversation below.";
      const reply = await summarizerModel.invoke([
        new SystemMessage(`Keep every client position, number, id and open point. ${prior}`),
        ...state.messages,
        new HumanMessage("Write the updated running summary."),
      ]);
      let lastHuman = state.messages.length - 1;
      while (state.messages[lastHuman].getType() !== "human") lastHuman--;
      return {
        summary: reply.content,
        messages: state.messages.slice(0, lastHuman).map((m) => new RemoveMessage({ id: m.id })),
      };
    })
    .addEdge(START, "agent")
    .addConditionalEdges("agent", (state) => (state.messages.at(-1).tool_calls?.length ? "tools" : "summarize"),
      ["tools", "summarize"])
    .addEdge("tools", "agent")
    .addEdge("summarize", END)
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  const cfg = threadConfig(THREAD);
  await g.invoke({
    messages: [human("New matter for Norwell Biotech: they are signing Quanterra's MSA for the LIMS Cloud platform. "
      + "Our positions: governing law must be Delaware; liability cap no lower than 2x fees paid in the prior 12 "
      + "months; renewal terms capped at 12 months with 60 days' notice to opt out. Pull their draft DOC-88213-v3 "
      + "and tell me where we are off.")],
    user_id: "kpatel@halvorsen-reyes.com",
  }, cfg);
  await g.invoke({
    messages: [human("Also check their indemnity and the data protection section. Norwell's samples carry "
      + "patient-derived data, so nothing may be processed outside the US.")],
  }, cfg);
  await g.invoke({ messages: [human("Good. Draft the redlines for 3.2, 9 and 14 and log them to the matter.")] }, cfg);
  await g.invoke({
    messages: [human("Send those three to Quanterra's counsel (mlindqvist@quanterra-legal.com), cc Norwell's GC at "
      + "general.counsel@norwellbio.com. We'll do 7 and 10 separately.")],
  }, cfg);
});
