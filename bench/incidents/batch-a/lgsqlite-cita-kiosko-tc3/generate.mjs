// Asistente de citas en los quioscos de autoservicio de una clínica (Clínica Norte, Zaragoza).
// Real LangGraph JS graph, real SqliteSaver, scripted chat model (offline).
// Run from the checkout root: node bench/incidents/batch-a/lgsqlite-cita-kiosko-tc3/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const PEDRO = "cita-k03-20250512-0871";
const LUCIA = "cita-k03-20250512-0872";

// --- backend ------------------------------------------------------------------------------------

const PACIENTES = {
  "44871203K": { id_paciente: "pac-55012", nombre: "Pedro Salas Ortega", fecha_nacimiento: "1961-11-03", aseguradora: null },
  "53920418M": { id_paciente: "pac-61877", nombre: "Lucía Ferrer Gil", fecha_nacimiento: "1994-02-19", aseguradora: null },
};

// Contact data typed at the kiosk is kept for the "session" so the booking step can reuse it.
// The cache is keyed by the kiosk the request came from.
const contactoSesion = new Map();

const buscarPaciente = tool(
  async ({ dni }) => JSON.stringify(PACIENTES[dni] ?? { encontrado: false }),
  { name: "buscar_paciente", description: "Busca un paciente en el HIS por DNI/NIE.", schema: z.object({ dni: z.string() }) },
);

const guardarContacto = tool(
  async (datos, config) => {
    const kiosko = config.configurable.kiosko;
    contactoSesion.set(kiosko, { kiosko, ...datos, actualizado: "2025-05-12T09:14:03+02:00" });
    return JSON.stringify({ guardado: true, kiosko });
  },
  {
    name: "guardar_datos_contacto",
    description: "Guarda aseguradora, póliza, teléfono y alergias indicados por el paciente durante la sesión.",
    schema: z.object({
      aseguradora: z.string(), poliza: z.string(), telefono: z.string(), alergias: z.array(z.string()),
    }),
  },
);

const obtenerContacto = tool(
  async (_args, config) => {
    const datos = contactoSesion.get(config.configurable.kiosko);
    return JSON.stringify(datos ?? { datos: null });
  },
  {
    name: "obtener_datos_contacto",
    description: "Devuelve los datos de contacto y aseguradora de la sesión actual.",
    schema: z.object({}),
  },
);

const HUECOS = {
  cardiologia: [
    { hueco: "CAR-0514-0910", fecha: "2025-05-14", hora: "09:10", consulta: "C-12", doctor: "Dra. Iranzo" },
    { hueco: "CAR-0516-1130", fecha: "2025-05-16", hora: "11:30", consulta: "C-12", doctor: "Dra. Iranzo" },
  ],
  dermatologia: [
    { hueco: "DER-0513-1020", fecha: "2025-05-13", hora: "10:20", consulta: "D-03", doctor: "Dr. Lasheras" },
    { hueco: "DER-0515-1740", fecha: "2025-05-15", hora: "17:40", consulta: "D-03", doctor: "Dr. Lasheras" },
  ],
};

const huecos = tool(
  async ({ especialidad, franja }) => JSON.stringify({
    especialidad,
    huecos: (HUECOS[especialidad] ?? []).filter((h) => !franja || (franja === "tarde") === (h.hora >= "15:00")),
  }),
  {
    name: "huecos_disponibles",
    description: "Huecos libres de una especialidad.",
    schema: z.object({ especialidad: z.string(), franja: z.enum(["manana", "tarde"]).optional() }),
  },
);

let localizadores = ["CN-7Q4M2", "CN-7Q9K5"];
const reservar = tool(
  async (args) => JSON.stringify({ estado: "confirmada", localizador: localizadores.shift(), ...args }),
  {
    name: "reservar_cita",
    description: "Reserva un hueco para un paciente.",
    schema: z.object({
      id_paciente: z.string(), hueco: z.string(), poliza: z.string(), telefono_sms: z.string(),
      observaciones: z.string().optional(),
    }),
  },
);

// --- graph --------------------------------------------------------------------------------------

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const SYSTEM = "Eres el asistente de citas de Clínica Norte en el quiosco de admisión. Habla de usted, "
  + "identifica al paciente por DNI y usa los datos de contacto de la sesión para la reserva.";

function build(checkpointer, model) {
  return new StateGraph(State)
    .addNode("asistente", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([buscarPaciente, guardarContacto, obtenerContacto, huecos, reservar]))
    .addEdge(START, "asistente")
    .addConditionalEdges("asistente", toolsCondition, ["tools", END])
    .addEdge("tools", "asistente")
    .compile({ checkpointer });
}

const modelPedro = new ScriptedChatModel(PEDRO, [
  { tool_calls: [call("call_a81f20", "buscar_paciente", { dni: "44871203K" })] },
  { tool_calls: [call("call_a81f21", "guardar_datos_contacto", {
    aseguradora: "Sanitas", poliza: "SAN-88213-44", telefono: "612448214", alergias: ["penicilina"] })] },
  { tool_calls: [call("call_a81f22", "huecos_disponibles", { especialidad: "cardiologia" })] },
  { content: "Gracias, Sr. Salas. En cardiología tengo libre el miércoles 14 a las 09:10 o el viernes 16 a las 11:30, ambos con la Dra. Iranzo. ¿Cuál prefiere?" },
  { tool_calls: [call("call_a81f23", "reservar_cita", {
    id_paciente: "pac-55012", hueco: "CAR-0514-0910", poliza: "SAN-88213-44", telefono_sms: "612448214",
    observaciones: "Alergia: penicilina. Derivado por médico de cabecera." })] },
  { content: "Cita confirmada: miércoles 14 de mayo a las 09:10, consulta C-12 (Dra. Iranzo). Localizador CN-7Q4M2. "
    + "Le enviaremos un recordatorio por SMS al 612 448 214." },
]);

const modelLucia = new ScriptedChatModel(LUCIA, [
  { tool_calls: [call("call_b20c71", "buscar_paciente", { dni: "53920418M" })] },
  { tool_calls: [call("call_b20c72", "obtener_datos_contacto", {})] },
  { tool_calls: [call("call_b20c73", "huecos_disponibles", { especialidad: "dermatologia", franja: "tarde" })] },
  { tool_calls: [call("call_b20c74", "reservar_cita", {
    id_paciente: "pac-61877", hueco: "DER-0515-1740", poliza: "SAN-88213-44", telefono_sms: "612448214",
    observaciones: "Alergia: penicilina." })] },
  { content: "Listo, Sra. Ferrer: tiene cita en dermatología el jueves 15 de mayo a las 17:40, consulta D-03 (Dr. Lasheras), "
    + "con cargo a su póliza de Sanitas SAN-88213-44. Localizador CN-7Q9K5. Le llegará un SMS de recordatorio al 612 448 214 "
    + "y he dejado anotada su alergia a la penicilina para el especialista." },
]);

await writeIncident(import.meta.url, async (saver) => {
  const kiosko = "K03-planta-baja";
  const pedro = build(saver, modelPedro);
  const cfgP = { configurable: { thread_id: PEDRO, kiosko } };
  await pedro.invoke({
    messages: [human("Buenos días, soy Pedro Salas Ortega, DNI 44871203K. Mi médico de cabecera me manda al cardiólogo. "
      + "Tengo Sanitas, póliza SAN-88213-44, y soy alérgico a la penicilina. Mi móvil es el 612 448 214.")],
    user_id: "pac-55012",
  }, cfgP);
  await pedro.invoke({ messages: [human("El miércoles a las 9:10 me va bien.")] }, cfgP);

  const lucia = build(saver, modelLucia);
  await lucia.invoke({
    messages: [human("Hola, quería pedir cita para dermatología, si puede ser por la tarde. Mi DNI es 53920418M.")],
    user_id: "pac-61877",
  }, { configurable: { thread_id: LUCIA, kiosko } });
});
