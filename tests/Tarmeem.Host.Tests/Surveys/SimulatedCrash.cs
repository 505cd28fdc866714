namespace Tarmeem.Host.Tests.Surveys;

/// <summary>Stands for the process dying at one point between the store and Graph.</summary>
internal sealed class SimulatedCrash(string where) : Exception("simulated crash " + where);
