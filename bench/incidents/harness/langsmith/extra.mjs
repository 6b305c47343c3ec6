// Further re-exports for the batch-b incident scripts (lib.mjs is left as it is): LangGraph's long-term
// memory store and human-in-the-loop helpers, from the harness's installed packages.
export { InMemoryStore, interrupt, Command, getConfig } from '@langchain/langgraph';
