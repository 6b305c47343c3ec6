// Extra LangGraph exports for incidents whose graphs use a long-term memory store (BaseStore),
// resolved from this harness's node_modules like lib.mjs. Added for batch-b; lib.mjs is unchanged.
export { InMemoryStore, getStore } from "@langchain/langgraph";
