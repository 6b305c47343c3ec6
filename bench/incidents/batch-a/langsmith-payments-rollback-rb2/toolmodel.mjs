// The harness's scripted model, with bindTools / invocationParams as ChatOpenAI has them, so that the
// tool definitions the model was given appear in each llm run's extra.invocation_params (as they do
// in a real deployment).
import { ScriptedChatModel } from '../../harness/langsmith/lib.mjs';

const { convertToOpenAITool } = await import(new URL(
  '../../harness/langsmith/node_modules/@langchain/core/dist/utils/function_calling.js', import.meta.url));

export class ToolCallingModel extends ScriptedChatModel {
  bindTools(tools, kwargs = {}) {
    return this.withConfig({ tools: tools.map((t) => convertToOpenAITool(t)), ...kwargs });
  }
  invocationParams(options) {
    return { model: this.modelName, temperature: this.temperature, stream: false,
      ...(options?.tools ? { tools: options.tools } : {}),
      ...(options?.tool_choice ? { tool_choice: options.tool_choice } : {}),
      ...(options?.parallel_tool_calls !== undefined ? { parallel_tool_calls: options.parallel_tool_calls } : {}) };
  }
}
