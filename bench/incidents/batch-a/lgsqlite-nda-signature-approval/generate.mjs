// A law-firm drafting assistant. Drafting is automatic, but anything that leaves the firm (an
// e-signature envelope) waits at an interrupt() for a partner's approval. The partner approves the
// next morning and the thread is resumed with Command({ resume }).
//
//   node bench/incidents/batch-a/lgsqlite-nda-signature-approval/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolMessage,
  ToolNode, call, human, interrupt, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "matter-2026-0147/nda-brightwave";
const ASSOCIATE = "assoc.apatel";

const draftNda = tool(
  async ({ counterparty, term_months, governing_law, mutual }) => JSON.stringify({
    document_id: "DOC-NDA-88412", version: 1, template: "NDA-MUTUAL-EN-2025", counterparty, term_months,
    governing_law, mutual, pages: 6, clauses_changed_from_template: ["4.2 residuals: deleted", "9.1 venue: Munich"],
  }),
  {
    name: "draft_nda",
    description: "Draft an NDA from the firm's template.",
    schema: z.object({
      counterparty: z.string(), term_months: z.number(), governing_law: z.string(), mutual: z.boolean(),
    }),
  },
);

const sendForSignature = tool(
  async ({ document_id, signer_name, signer_email }) => JSON.stringify({
    envelope_id: "ENV-5f2c91e0", document_id, signer_name, signer_email, status: "sent", expires: "2026-04-10",
  }),
  {
    name: "send_for_signature",
    description: "Send a document to an external signer for e-signature.",
    schema: z.object({ document_id: z.string(), signer_name: z.string(), signer_email: z.string() }),
  },
);

const NEEDS_APPROVAL = new Set(["send_for_signature"]);
const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), matter: Annotation() });

async function scenario(checkpointer) {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_nda_draft", "draft_nda",
      { counterparty: "Brightwave Robotics GmbH", term_months: 24, governing_law: "Germany", mutual: true })] },
    { tool_calls: [call("call_nda_send", "send_for_signature",
      { document_id: "DOC-NDA-88412", signer_name: "Jana Falk", signer_email: "j.falk@brightwave-robotics.de" })] },
    { content: "Done. The mutual NDA with Brightwave Robotics GmbH (DOC-NDA-88412: 24 months, German law, venue "
        + "Munich, residuals clause deleted) was approved by M. Lange and sent to Jana Falk for e-signature "
        + "(envelope ENV-5f2c91e0, open until 10 April 2026)." },
  ]);

  const graph = new StateGraph(State)
    .addNode("drafter", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage("You are the drafting assistant of Keller & Osei LLP. External sends need partner approval."),
        ...state.messages,
      ])],
    }))
    .addNode("partner_approval", async (state) => {
      const request = state.messages.at(-1).tool_calls[0];
      const decision = interrupt({ matter: state.matter, action: request.name, args: request.args,
        question: "Approve sending this document outside the firm?" });
      if (decision.approved) return new Command({ goto: "tools" });
      return new Command({
        goto: "drafter",
        update: { messages: [new ToolMessage({ tool_call_id: request.id, content: `Not approved: ${decision.note}`, status: "error" })] },
      });
    }, { ends: ["tools", "drafter"] })
    .addNode("tools", new ToolNode([draftNda, sendForSignature]))
    .addEdge(START, "drafter")
    .addConditionalEdges("drafter", (state) => {
      const calls = state.messages.at(-1).tool_calls ?? [];
      if (calls.length === 0) return END;
      return calls.some((c) => NEEDS_APPROVAL.has(c.name)) ? "partner_approval" : "tools";
    }, ["partner_approval", "tools", END])
    .addEdge("tools", "drafter")
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Please draft a mutual NDA with Brightwave Robotics GmbH: 24 months, German law, venue Munich, "
      + "no residuals clause. Then send it to their GC Jana Falk (j.falk@brightwave-robotics.de) for e-signature.")],
    user_id: ASSOCIATE,
    matter: "2026-0147",
  }, cfg);
  // The next morning the partner approves in the review queue; the queue resumes the thread.
  await graph.invoke(new Command({ resume: { approved: true, reviewer: "partner.mlange", note: "Checked clause 9.1, OK to send." } }), cfg);
}

await writeIncident(import.meta.url, scenario);
