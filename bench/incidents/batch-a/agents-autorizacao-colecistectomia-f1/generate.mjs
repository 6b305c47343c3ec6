// Operadora de plano de saúde: o agente de atendimento consulta a beneficiária e a cobertura e
// transfere para o agente de autorizações por um handoff cujo filtro retira do histórico as
// chamadas de ferramenta. Offline: o modelo é um endpoint falso roteirizado (harness/agents/lib.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarBeneficiario = tool({
  name: 'consultar_beneficiario',
  description: 'Dados cadastrais e contratuais de um beneficiário pelo número da carteirinha.',
  parameters: z.object({ carteirinha: z.string() }),
  execute: async ({ carteirinha }) => JSON.stringify({
    carteirinha, nome: 'Renata Saraiva Lopes', plano: 'Vivamed Essencial Enfermaria', situacao: 'ativo',
    carencia_cirurgias: 'cumprida em 2024-11-03', acomodacao: 'enfermaria',
    coparticipacao_percentual: 30, teto_coparticipacao_evento: 'R$ 2.500,00' }),
});

const verificarCobertura = tool({
  name: 'verificar_cobertura',
  description: 'Verifica cobertura, exigência de autorização prévia e valor de tabela de um procedimento TUSS num prestador.',
  parameters: z.object({ tuss: z.string(), prestador: z.string(), carteirinha: z.string() }),
  execute: async ({ tuss, prestador }) => JSON.stringify({
    tuss, procedimento: 'Colecistectomia videolaparoscópica', prestador, prestador_nome: 'Hospital Santa Inês',
    rede: 'credenciado nível 2', rol_ans: true, exige_autorizacao_previa: true, valor_tabela: 'R$ 8.940,00',
    coparticipacao_calculada: 'R$ 2.682,00', coparticipacao_devida: 'R$ 2.500,00 (teto por evento)' }),
});

const registrarAutorizacao = tool({
  name: 'registrar_autorizacao',
  description: 'Registra um pedido de autorização prévia de internação eletiva.',
  parameters: z.object({
    carteirinha: z.string(), tuss: z.string(), prestador: z.string(), data_internacao: z.string(),
    acomodacao: z.enum(['enfermaria', 'apartamento']), medico_crm: z.string(), coparticipacao_reais: z.number(),
  }),
  execute: async (a) => JSON.stringify({
    protocolo: 'AUT-20250531-77812', senha: '8841-2217', status: 'autorizada', ...a, validade_senha: '2025-07-09' }),
});

const model = scriptedModel([
  // Atendimento
  { tool_calls: [{ name: 'consultar_beneficiario', args: { carteirinha: '0 884 000231457 09' } }] },
  { tool_calls: [{ name: 'verificar_cobertura', args: { tuss: '31009336', prestador: 'HSI-BH-014', carteirinha: '0 884 000231457 09' } }] },
  { content: 'Resumo para Autorizações: beneficiária Renata Saraiva Lopes, carteirinha 0 884 000231457 09, plano Vivamed Essencial Enfermaria, ativo, carência de cirurgias cumprida em 03/11/2024, acomodação enfermaria. Procedimento TUSS 31009336 (colecistectomia videolaparoscópica) no Hospital Santa Inês, código HSI-BH-014, credenciado nível 2, coberto pelo rol ANS e com autorização prévia obrigatória. Valor de tabela R$ 8.940,00; coparticipação de 30% calculada em R$ 2.682,00, limitada ao teto de R$ 2.500,00 por evento. Internação eletiva em 09/06/2025, pedido do Dr. Paulo Nery, CRM-MG 48213.',
    tool_calls: [{ name: 'transferir_para_autorizacoes', args: {} }] },
  // Autorizações
  { tool_calls: [{ name: 'registrar_autorizacao', args: {
    carteirinha: '0 884 000231457 09', tuss: '31009336', prestador: 'HSI-BH-014', data_internacao: '2025-06-09',
    acomodacao: 'enfermaria', medico_crm: 'CRM-MG 48213', coparticipacao_reais: 2500.0 } }] },
  { content: 'Renata, sua cirurgia está autorizada! Protocolo AUT-20250531-77812, senha 8841-2217, válida até 09/07/2025. Internação em 09/06/2025 no Hospital Santa Inês, em enfermaria, conforme o seu plano. Quanto ao valor: a coparticipação de 30% sobre R$ 8.940,00 daria R$ 2.682,00, mas o seu contrato limita a cobrança a R$ 2.500,00 por evento, então você pagará R$ 2.500,00. Apresente a senha e a carteirinha na recepção do hospital.' },
], { seed: 'vivamed-at-5f0d13' });

const autorizacoes = new Agent({
  name: 'Autorizações',
  instructions: 'Você registra autorizações prévias de internação eletiva. Use os dados já levantados pelo atendimento, registre a autorização e informe protocolo, senha, validade e o valor que o beneficiário pagará.',
  model, tools: [registrarAutorizacao],
});

const atendimento = new Agent({
  name: 'Atendimento',
  instructions: 'Você é o atendimento da Vivamed Saúde. Identifique o beneficiário e verifique a cobertura do procedimento. Antes de transferir, escreva um resumo completo para a equipe de autorizações, pois ela não vê as consultas que você fez.',
  model, tools: [consultarBeneficiario, verificarCobertura],
  handoffs: [handoff(autorizacoes, { toolNameOverride: 'transferir_para_autorizacoes', inputFilter: removeAllTools })],
});

await new Runner({ groupId: 'vivamed-at-5f0d13', workflowName: 'Atendimento Vivamed', traceMetadata: { user_id: 'benef-000231457', canal: 'whatsapp' } })
  .run(atendimento, 'Olá! Meu médico pediu uma cirurgia de vesícula por vídeo (TUSS 31009336) no Hospital Santa Inês, código HSI-BH-014, internação dia 9 de junho. Pedido do Dr. Paulo Nery, CRM-MG 48213. Minha carteirinha é 0 884 000231457 09. Como faço a autorização e quanto vou pagar?');

writeTrace(here, 'atendimento.jsonl');
