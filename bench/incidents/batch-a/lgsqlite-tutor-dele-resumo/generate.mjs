// A language-school study coach (European Portuguese). To keep prompts short, once the thread
// holds six messages a "resumir" node asks the model for a summary of what the student said, keeps
// it in the "resumo" channel, and removes all but the last two messages. The coach's system
// prompt carries the summary.
//
//   node bench/incidents/batch-a/lgsqlite-tutor-dele-resumo/generate.mjs
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, ScriptedChatModel, StateGraph, SystemMessage,
  human, promptText, threadConfig, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "tutor-pt-aluno-3381";
const STUDENT = "aluno-3381";
const KEEP = 2;
const LIMIT = 6;

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  resumo: Annotation(),
});

async function scenario(checkpointer) {
  const knows = (messages, ...facts) => facts.every((f) => promptText(messages).includes(f));
  const coach = new ScriptedChatModel(`${THREAD}/coach`, [
    { content: "Olá, Inês! Com 4 horas por semana até 23 de maio são cerca de 10 semanas de preparação: dá para "
        + "chegar lá com um plano focado. Vamos privilegiar áudio e textos curtos. Qual é o teu nível atual?" },
    { content: "Obrigada! Partindo de A2 com 61%, o salto para B1 é realista. Como a expressão escrita é o ponto "
        + "mais fraco, vamos treiná-la com textos curtos e ditados áudio em vez de leituras longas." },
    { content: "Sugiro um manual de nível B1 que tenha faixas áudio em todas as unidades e, para as últimas "
        + "semanas, os modelos de exame publicados pelo Instituto Cervantes, que também têm as provas orais em áudio." },
    (messages) => ({
      content: knows(messages, "4 horas", "dislexia", "expressão escrita")
        ? "Plano para as próximas 3 semanas (4 h por semana, sempre com áudio primeiro):\n"
          + "• 2 × 45 min: compreensão auditiva com as faixas do manual (ouvir, repetir, resumir em voz alta).\n"
          + "• 2 × 45 min: expressão escrita curta: ditado áudio + um texto breve corrigido por mim.\n"
          + "• 1 h: revisão de vocabulário com flashcards áudio.\n"
          + "Na semana 3 fazemos uma tarefa escrita do modelo de exame para medir o progresso desde o teste de janeiro."
        : "Plano para as próximas 3 semanas: leia uma unidade do manual por dia e faça os exercícios escritos.",
    }),
    (messages) => ({
      content: knows(messages, "61%")
        ? "Sim: no teste de colocação de janeiro tiveste 61%, nível A2, e a parte mais fraca foi a expressão escrita. "
          + "O exame é a 23 de maio."
        : "Não tenho esse dado, podes lembrar-me?",
    }),
  ]);
  const summariser = new ScriptedChatModel(`${THREAD}/resumo`, [
    { content: "Aluna Inês (aluno-3381) prepara o DELE B1 de espanhol; exame a 23 de maio. Nível atual A2 "
        + "(teste de colocação de janeiro: 61%); ponto mais fraco: expressão escrita. Tem 4 horas por semana. "
        + "Tem dislexia: prefere áudio a textos longos. Já sugerido: manual B1 com áudio em todas as unidades e "
        + "modelos de exame do Instituto Cervantes." },
    { content: "Aluna Inês (aluno-3381) prepara o DELE B1 de espanhol; exame a 23 de maio. Nível atual A2 "
        + "(teste de colocação de janeiro: 61%); ponto mais fraco: expressão escrita. Tem 4 horas por semana. "
        + "Tem dislexia: prefere áudio a textos longos. Já sugerido: manual B1 com áudio e modelos de exame do "
        + "Instituto Cervantes. Plano de 3 semanas entregue (2×45 min áudio, 2×45 min escrita curta com ditado, "
        + "1 h vocabulário com flashcards áudio; tarefa escrita de exame na semana 3)." },
  ]);

  const graph = new StateGraph(State)
    .addNode("explicador", async (state) => {
      const system = "És o explicador de espanhol da Escola Línguas Vivas, em Lisboa."
        + (state.resumo ? `\nResumo da conversa até agora: ${state.resumo}` : "");
      return { messages: [await coach.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("resumir", async (state) => {
      const previous = state.resumo ? `Resumo anterior: ${state.resumo}\n` : "";
      const summary = await summariser.invoke([
        new SystemMessage(`${previous}Resume todos os factos que a aluna deu (datas, nível, notas, horas, `
          + "necessidades) e o que já lhe foi sugerido. Não omitas nada."),
        ...state.messages,
      ]);
      return {
        resumo: summary.content,
        messages: state.messages.slice(0, -KEEP).map((m) => new RemoveMessage({ id: m.id })),
      };
    })
    .addEdge(START, "explicador")
    .addConditionalEdges("explicador", (state) => (state.messages.length >= LIMIT ? "resumir" : END), ["resumir", END])
    .addEdge("resumir", END)
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Olá! Vou fazer o exame DELE B1 de espanhol a 23 de maio. Só tenho 4 horas por semana para "
      + "estudar e tenho dislexia, por isso aprendo melhor com áudio do que com textos longos.")],
    user_id: STUDENT,
  }, cfg);
  await graph.invoke({ messages: [human("Fiz o teste de colocação da escola em janeiro: deu A2, com 61%. "
    + "A parte pior foi a expressão escrita.")] }, cfg);
  await graph.invoke({ messages: [human("Que manual me recomendas?")] }, cfg);
  await graph.invoke({ messages: [human("Faz-me um plano para as próximas 3 semanas, por favor.")] }, cfg);
  await graph.invoke({ messages: [human("Já agora, lembras-te de quanto tive no teste de janeiro?")] }, cfg);
}

await writeIncident(import.meta.url, scenario);
